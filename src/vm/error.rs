//! Runtime errors. A GML runtime error becomes GameMaker's error struct in `catch`; a `throw`n
//! value travels as itself; a bad native argument is reported with the native's name by the caller.

use super::value::Value;

pub type Result<T> = std::result::Result<T, Error>;

pub enum Error {
    Runtime(Box<RuntimeError>),
    /// `throw v`: the value itself reaches `catch`.
    Throw(Value),
    /// A native received an argument of the wrong type; the call site names the function.
    BadArg(Box<BadArg>),
    /// Ctrl-C in the REPL, or `--timeout`.
    Interrupted,
}

pub struct BadArg {
    pub index: usize,
    pub expected: &'static str,
    pub got: &'static str,
}

pub struct RuntimeError {
    pub message: String,
    /// GML call stack, innermost first: (script name, line).
    pub stack: Vec<(String, u32)>,
    /// Whether the stack has been filled in by the VM yet.
    pub located: bool,
}

impl Error {
    pub fn msg(message: impl Into<String>) -> Error {
        Error::Runtime(Box::new(RuntimeError {
            message: message.into(),
            stack: Vec::new(),
            located: false,
        }))
    }

    pub fn bad_arg(index: usize, expected: &'static str, got: &Value) -> Error {
        Error::BadArg(Box::new(BadArg {
            index,
            expected,
            got: got.type_name(),
        }))
    }

    /// The message text, for diagnostics and tests.
    pub fn message(&self) -> String {
        match self {
            Error::Runtime(e) => e.message.clone(),
            Error::Throw(_) => "Unable to find a handler for exception".to_string(),
            Error::BadArg(b) => format!(
                "argument {} incorrect type ({}) expecting a {}",
                b.index, b.got, b.expected
            ),
            Error::Interrupted => "interrupted".to_string(),
        }
    }
}

impl std::fmt::Debug for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}
