//! The virtual machine: values, call frames and the dispatch loop.

pub mod bytecode;
pub mod error;
pub mod function;
pub mod intern;
pub mod ops;
pub mod value;

use error::{Error, Result};
use std::io::Write;
use value::{StructRef, Value};

pub struct Vm {
    /// Where `show_debug_message` writes (stdout, or a buffer in tests).
    pub out: Box<dyn Write>,
    /// Tolerance of `==`, `<` etc. on reals (`math_set_epsilon`).
    pub epsilon: f64,
    pub global: StructRef,
    pub ds: crate::builtins::ds::DsStore,
    pub buffers: crate::builtins::buffers::BufferStore,
    pub files: crate::builtins::files::FileStore,
    pub rng: crate::builtins::maths::Rng,
    pub async_io: crate::runtime::async_io::AsyncIo,
}

impl Vm {
    pub fn new(out: Box<dyn Write>) -> Vm {
        Vm {
            out,
            epsilon: 0.00001,
            global: value::StructObj::new_ref(),
            ds: Default::default(),
            buffers: Default::default(),
            files: Default::default(),
            rng: Default::default(),
            async_io: Default::default(),
        }
    }

    /// Writes one line to the game's output (show_debug_message).
    pub fn print_line(&mut self, s: &str) {
        let _ = writeln!(self.out, "{s}");
    }

    /// Calls a callable value (method, script function, builtin) with `args`; `self` is the
    /// method's bound self, or the current self when unbound.
    pub fn call_value(&mut self, f: &Value, args: &[Value]) -> Result<Value> {
        let _ = (f, args);
        Err(Error::msg("call_value: VM not built yet"))
    }

    /// Calls `f` with `self` set to `target` (how `toString` and struct methods run).
    pub fn call_method_on(&mut self, f: &Value, target: StructRef, args: &[Value]) -> Result<Value> {
        let _ = (f, target, args);
        Err(Error::msg("call_method_on: VM not built yet"))
    }

    /// `string(v)`: GameMaker's text for any value (calls `toString` on structs that have one).
    pub fn stringify(&mut self, v: &Value) -> Result<String> {
        let mut s = String::new();
        ops::write_value(self, v, &mut s, false)?;
        Ok(s)
    }
}
