//! Uncaught runtime errors, printed the way GameMaker reports them.

use crate::vm::error::Error;
use crate::vm::Vm;

/// The full report for an uncaught error (goes to stderr).
pub fn runtime_error_report(vm: &Vm, e: &Error) -> String {
    let mut out = String::new();
    out.push_str("___________________________________________\n");
    out.push_str(&"#".repeat(92));
    out.push('\n');
    match e {
        Error::Runtime(r) => {
            out.push_str(&vm.long_message(&r.message, &r.stack));
            out.push('\n');
            out.push_str(&"#".repeat(92));
            out.push('\n');
            for (name, line) in &r.stack {
                out.push_str(&format!("{name} (line {line})\n"));
            }
        }
        // A caught runtime error thrown again (`throw e`, or a finally passing it on).
        Error::Throw(crate::vm::value::Value::Struct(s))
            if s.borrow()
                .get(crate::vm::intern::Sym::intern("longMessage"))
                .is_some() =>
        {
            let b = s.borrow();
            let get = |k: &str| b.get(crate::vm::intern::Sym::intern(k)).cloned();
            if let Some(crate::vm::value::Value::Str(long)) = get("longMessage") {
                out.push_str(&long);
                out.push('\n');
            }
            out.push_str(&"#".repeat(92));
            out.push('\n');
            if let Some(crate::vm::value::Value::Array(trace)) = get("stacktrace") {
                for t in trace.borrow().iter() {
                    if let crate::vm::value::Value::Str(t) = t {
                        out.push_str(t);
                        out.push('\n');
                    }
                }
            }
        }
        Error::Throw(v) => {
            let shown = match v {
                crate::vm::value::Value::Str(s) => s.to_string(),
                crate::vm::value::Value::Real(r) => crate::vm::value::real_to_string(*r),
                other => other.type_name().to_string(),
            };
            out.push_str(&format!("Unable to find a handler for exception {shown}\n"));
            out.push_str(&"#".repeat(92));
            out.push('\n');
        }
        other => {
            out.push_str(&other.message());
            out.push('\n');
            out.push_str(&"#".repeat(92));
            out.push('\n');
        }
    }
    out
}
