//! Builtins the language itself needs: output, conversion, type checks.

use super::args::*;
use super::{Builtin, ConstValue, Constant, VARIADIC};
use crate::vm::error::Result;
use crate::vm::value::Value;
use crate::vm::Vm;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("show_debug_message", 1, VARIADIC, show_debug_message),
    Builtin::new("typeof", 1, 1, typeof_),
];

pub const CONSTANTS: &[Constant] = &[
    ("pi", ConstValue::Real(std::f64::consts::PI)),
    ("infinity", ConstValue::Real(f64::INFINITY)),
    ("NaN", ConstValue::Real(f64::NAN)),
    ("pointer_null", ConstValue::Ptr(0)),
    ("pointer_invalid", ConstValue::Ptr(-1)),
];

fn show_debug_message(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let text = vm.stringify(arg(args, 0))?;
    vm.print_line(&text);
    Ok(Value::Undefined)
}

fn typeof_(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::str(arg(args, 0).type_name()))
}
