//! Argument conversion shared by every builtin module. Each helper returns `Error::BadArg`, which
//! the VM turns into GameMaker's "<function> argument N incorrect type" message.

use crate::vm::error::{Error, Result};
use crate::vm::value::{ArrayRef, StructRef, Value};

const UNDEFINED: &Value = &Value::Undefined;

/// The argument at `i`, or `undefined` when it was not passed.
pub fn arg(args: &[Value], i: usize) -> &Value {
    args.get(i).unwrap_or(UNDEFINED)
}

/// A number argument (real, bool, int32, int64, or a handle).
pub fn real(args: &[Value], i: usize) -> Result<f64> {
    let v = arg(args, i);
    v.as_f64().ok_or_else(|| Error::bad_arg(i, "Number", v))
}

/// A number argument, or `default` when it is missing or undefined.
pub fn real_or(args: &[Value], i: usize, default: f64) -> Result<f64> {
    match args.get(i) {
        None | Some(Value::Undefined) => Ok(default),
        Some(_) => real(args, i),
    }
}

/// A number argument truncated toward zero (GameMaker truncates indexes and counts).
pub fn int(args: &[Value], i: usize) -> Result<i64> {
    let v = arg(args, i);
    match v {
        Value::Int64(n) => Ok(*n),
        Value::Int32(n) => Ok(*n as i64),
        _ => {
            let r = real(args, i)?;
            Ok(if r.is_nan() { 0 } else { r as i64 })
        }
    }
}

pub fn int_or(args: &[Value], i: usize, default: i64) -> Result<i64> {
    match args.get(i) {
        None | Some(Value::Undefined) => Ok(default),
        Some(_) => int(args, i),
    }
}

/// A string argument, which must be a string.
pub fn string(args: &[Value], i: usize) -> Result<&str> {
    let v = arg(args, i);
    v.as_str().ok_or_else(|| Error::bad_arg(i, "String", v))
}

pub fn array(args: &[Value], i: usize) -> Result<&ArrayRef> {
    match arg(args, i) {
        Value::Array(a) => Ok(a),
        v => Err(Error::bad_arg(i, "Array", v)),
    }
}

pub fn structure(args: &[Value], i: usize) -> Result<&StructRef> {
    match arg(args, i) {
        Value::Struct(s) => Ok(s),
        v => Err(Error::bad_arg(i, "Struct", v)),
    }
}

/// Truthiness of an argument as `bool()` defines it (undefined is false).
pub fn boolean(args: &[Value], i: usize) -> Result<bool> {
    crate::vm::ops::truthy(arg(args, i))
}
