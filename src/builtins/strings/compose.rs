//! Building strings from parts and taking them apart: format, split, join, concat, foreach.

use super::{index, number, number_or, offset_length, text};
use crate::builtins::args::{arg, array, boolean};
use crate::vm::error::{Error, Result};
use crate::vm::value::{real_to_string, Value};
use crate::vm::Vm;

/// Most decimals `string_format` writes (C's printf would write more, but nothing uses them).
const MAX_DECIMALS: i64 = 100;

/// `string_format(val, total, dec)`: rounded to `dec` decimals (ties to even on the exact binary
/// value, like C's printf), the integer part (sign included) left-padded with spaces to `total`.
pub fn string_format(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let val = number(args, 0)?;
    let total = index(args, 1)?;
    let dec = index(args, 2)?.clamp(0, MAX_DECIMALS) as usize;
    Ok(Value::string(format_fixed(val, total, dec)))
}

pub(crate) fn format_fixed(val: f64, total: i64, dec: usize) -> String {
    let body = if val.is_finite() {
        format!("{val:.dec$}")
    } else {
        real_to_string(val)
    };
    let int_len = body.find('.').unwrap_or(body.len()) as i64;
    let pad = total.min(1 << 20).saturating_sub(int_len).max(0) as usize;
    let mut out = " ".repeat(pad);
    out.push_str(&body);
    out
}

/// `string_ext(format, values_array)`: the placeholders of `string(format, ...)` (core) filled
/// from an array.
pub fn string_ext(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let fmt = text(vm, args, 0)?.into_owned();
    let values = array(args, 1)?.borrow().clone();
    Ok(Value::string(crate::builtins::core::format_placeholders(
        vm, &fmt, &values,
    )?))
}

/// Splits `s` wherever one of `delims` (tried in order at each position) occurs. With
/// `remove_empty`, empty pieces are dropped and do not count towards `max_splits`; after
/// `max_splits` splits the rest of the string is the last piece (a negative maximum means none).
fn split(s: &str, delims: &[String], remove_empty: bool, max_splits: Option<u64>) -> Vec<Value> {
    let mut parts = Vec::new();
    let mut splits = 0u64;
    let (mut start, mut pos) = (0, 0);
    let delims: Vec<&String> = delims.iter().filter(|d| !d.is_empty()).collect();
    if !delims.is_empty() {
        while pos < s.len() {
            if max_splits.is_some_and(|m| splits >= m) {
                break;
            }
            let rest = &s[pos..];
            if let Some(d) = delims.iter().find(|d| rest.starts_with(d.as_str())) {
                let piece = &s[start..pos];
                if !(remove_empty && piece.is_empty()) {
                    parts.push(Value::str(piece));
                    splits += 1;
                }
                pos += d.len();
                start = pos;
            } else {
                pos += rest.chars().next().map(char::len_utf8).unwrap_or(1);
            }
        }
    }
    let last = &s[start..];
    if !(remove_empty && last.is_empty()) {
        parts.push(Value::str(last));
    }
    parts
}

fn split_options(args: &[Value]) -> Result<(bool, Option<u64>)> {
    let remove_empty = boolean(args, 2)?;
    let max = number_or(args, 3, -1.0)?;
    let max = if max.is_nan() || max < 0.0 {
        None
    } else {
        Some(max as u64)
    };
    Ok((remove_empty, max))
}

pub fn string_split(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = text(vm, args, 0)?;
    let delim = text(vm, args, 1)?.into_owned();
    let (remove_empty, max) = split_options(args)?;
    Ok(Value::new_array(split(&s, &[delim], remove_empty, max)))
}

pub fn string_split_ext(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = text(vm, args, 0)?;
    let items = array(args, 1)?.borrow().clone();
    let mut delims = Vec::with_capacity(items.len());
    for v in &items {
        delims.push(vm.stringify(v)?);
    }
    let (remove_empty, max) = split_options(args)?;
    Ok(Value::new_array(split(&s, &delims, remove_empty, max)))
}

/// `string()` of each value, joined with `delim`.
fn join(vm: &mut Vm, delim: &str, values: &[Value]) -> Result<String> {
    let mut out = String::new();
    for (k, v) in values.iter().enumerate() {
        if k > 0 {
            out.push_str(delim);
        }
        match v {
            Value::Str(s) => out.push_str(s),
            _ => out.push_str(&vm.stringify(v)?),
        }
    }
    Ok(out)
}

/// The elements of the array argument at `i` selected by the offset/length arguments after it.
fn array_range(args: &[Value], i: usize) -> Result<Vec<Value>> {
    let items = array(args, i)?.borrow().clone();
    let offset = number_or(args, i + 1, 0.0)?;
    let length = number_or(args, i + 2, f64::INFINITY)?;
    let (first, count, step) = offset_length(items.len(), offset, length);
    Ok((0..count)
        .map(|k| items[(first as isize + k as isize * step) as usize].clone())
        .collect())
}

pub fn string_join(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let delim = text(vm, args, 0)?.into_owned();
    Ok(Value::string(join(vm, &delim, &args[1.min(args.len())..])?))
}

pub fn string_join_ext(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let delim = text(vm, args, 0)?.into_owned();
    let values = array_range(args, 1)?;
    Ok(Value::string(join(vm, &delim, &values)?))
}

pub fn string_concat(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::string(join(vm, "", args)?))
}

pub fn string_concat_ext(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let values = array_range(args, 0)?;
    Ok(Value::string(join(vm, "", &values)?))
}

/// `string_foreach(str, func, [pos], [length])`: calls `func(char, position)` for each character
/// in the range; `pos` is 1-based (0 means 1, negative counts from the end), a negative `length`
/// walks backwards.
pub fn string_foreach(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = text(vm, args, 0)?;
    let chars: Vec<char> = s.chars().collect();
    let f = arg(args, 1).clone();
    if !matches!(f, Value::Method(_)) {
        return Err(Error::bad_arg(1, "Function", &f));
    }
    let pos = number_or(args, 2, 1.0)?;
    let length = number_or(args, 3, f64::INFINITY)?;
    let offset = if pos > 0.0 { pos - 1.0 } else { pos };
    let (first, count, step) = offset_length(chars.len(), offset, length);
    for k in 0..count {
        let at = (first as isize + k as isize * step) as usize;
        let c = Value::string(chars[at].to_string());
        vm.call_value(&f, &[c, Value::Real(at as f64 + 1.0)])?;
    }
    Ok(Value::Undefined)
}
