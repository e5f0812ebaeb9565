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
