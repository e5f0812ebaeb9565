//! Strings (GameMaker manual: Strings, plus the string hashing and base64 functions of
//! File Handling / Encoding And Hashing).
//!
//! Strings are UTF-8; every index is 1-based and counts characters (code points). Arguments that
//! should be strings go through `string()` first, as GameMaker does (`string_length(123)` is 3);
//! number arguments also accept numeric strings (`string_delete(s, "7", 2)`).
//!
//! Submodules: `edit` (copy, delete, insert, search, replace, case, trim), `compose` (split, join,
//! concat, format, foreach), `encode` (bytes, chr/ord, hashes, base64).

mod compose;
mod edit;
mod encode;
#[cfg(test)]
mod tests;

pub use encode::{from_raw_bytes, raw_bytes};

use super::args::arg;
use super::{Builtin, Constant, VARIADIC};
use crate::vm::error::{Error, Result};
use crate::vm::ops::parse_number_prefix;
use crate::vm::value::Value;
use crate::vm::Vm;
use std::borrow::Cow;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("string_length", 1, 1, edit::string_length),
    Builtin::new("string_byte_length", 1, 1, encode::string_byte_length),
    Builtin::new("string_char_at", 2, 2, edit::string_char_at),
    Builtin::new("string_ord_at", 2, 2, edit::string_ord_at),
    Builtin::new("string_byte_at", 2, 2, encode::string_byte_at),
    Builtin::new("string_set_byte_at", 3, 3, encode::string_set_byte_at),
    Builtin::new("string_copy", 3, 3, edit::string_copy),
    Builtin::new("string_delete", 3, 3, edit::string_delete),
    Builtin::new("string_insert", 3, 3, edit::string_insert),
    Builtin::new("string_pos", 2, 2, edit::string_pos),
    Builtin::new("string_pos_ext", 3, 3, edit::string_pos_ext),
    Builtin::new("string_last_pos", 2, 2, edit::string_last_pos),
    Builtin::new("string_last_pos_ext", 3, 3, edit::string_last_pos_ext),
    Builtin::new("string_count", 2, 2, edit::string_count),
    Builtin::new("string_replace", 3, 3, edit::string_replace),
    Builtin::new("string_replace_all", 3, 3, edit::string_replace_all),
    Builtin::new("string_upper", 1, 1, edit::string_upper),
    Builtin::new("string_lower", 1, 1, edit::string_lower),
    Builtin::new("string_repeat", 2, 2, edit::string_repeat),
    Builtin::new("string_letters", 1, 1, edit::string_letters),
    Builtin::new("string_digits", 1, 1, edit::string_digits),
    Builtin::new("string_lettersdigits", 1, 1, edit::string_lettersdigits),
    Builtin::new("string_trim", 1, 2, edit::string_trim),
    Builtin::new("string_trim_start", 1, 2, edit::string_trim_start),
    Builtin::new("string_trim_end", 1, 2, edit::string_trim_end),
    Builtin::new("string_starts_with", 2, 2, edit::string_starts_with),
    Builtin::new("string_ends_with", 2, 2, edit::string_ends_with),
    Builtin::new("string_hash_to_newline", 1, 1, edit::string_hash_to_newline),
    Builtin::new("string_format", 3, 3, compose::string_format),
    Builtin::new("string_split", 2, 4, compose::string_split),
    Builtin::new("string_split_ext", 2, 4, compose::string_split_ext),
    Builtin::new("string_join", 1, VARIADIC, compose::string_join),
    Builtin::new("string_join_ext", 2, 4, compose::string_join_ext),
    Builtin::new("string_concat", 0, VARIADIC, compose::string_concat),
    Builtin::new("string_concat_ext", 1, 3, compose::string_concat_ext),
    Builtin::new("string_foreach", 2, 4, compose::string_foreach),
    Builtin::new("string_ext", 2, 2, compose::string_ext),
    Builtin::new("chr", 1, 1, encode::chr),
    Builtin::new("ord", 1, 1, encode::ord),
    Builtin::new("ansi_char", 1, 1, encode::ansi_char),
    Builtin::new("md5_string_utf8", 1, 1, encode::md5_string_utf8),
    Builtin::new("md5_string_unicode", 1, 1, encode::md5_string_unicode),
    Builtin::new("sha1_string_utf8", 1, 1, encode::sha1_string_utf8),
    Builtin::new("sha1_string_unicode", 1, 1, encode::sha1_string_unicode),
    Builtin::new("base64_encode", 1, 1, encode::base64_encode),
    Builtin::new("base64_decode", 1, 1, encode::base64_decode),
    Builtin::new("clipboard_set_text", 1, 1, clipboard_set_text),
    Builtin::new("clipboard_get_text", 0, 0, clipboard_get_text),
    Builtin::new("clipboard_has_text", 0, 0, clipboard_has_text),
];

pub const CONSTANTS: &[Constant] = &[];

/// A string argument as GameMaker's string functions take it: strings as they are, other values
/// converted with `string()` (numbers, bools, int64...), but `undefined` is a bad argument
/// (the runner's "expecting a String").
pub(crate) fn text<'a>(vm: &mut Vm, args: &'a [Value], i: usize) -> Result<Cow<'a, str>> {
    match arg(args, i) {
        Value::Str(s) => Ok(Cow::Borrowed(s.as_str())),
        v @ Value::Undefined => Err(Error::bad_arg(i, "String", v)),
        v => Ok(Cow::Owned(vm.stringify(v)?)),
    }
}

/// A number argument as GameMaker's runtime reads it: numbers, bools, handles, and strings that
/// hold a number (`"7"`). Anything else is a bad argument.
pub(crate) fn number(args: &[Value], i: usize) -> Result<f64> {
    let v = arg(args, i);
    match v {
        Value::Str(s) => parse_number_prefix(s)
            .map(|(n, _)| n)
            .ok_or_else(|| Error::bad_arg(i, "Number", v)),
        _ => v.as_f64().ok_or_else(|| Error::bad_arg(i, "Number", v)),
    }
}

/// A number argument, or `default` when it was not passed or is `undefined`.
pub(crate) fn number_or(args: &[Value], i: usize, default: f64) -> Result<f64> {
    match args.get(i) {
        None | Some(Value::Undefined) => Ok(default),
        Some(_) => number(args, i),
    }
}

/// An index or count argument: truncated toward zero, NaN as 0, saturating at the i64 range.
pub(crate) fn index(args: &[Value], i: usize) -> Result<i64> {
    match arg(args, i) {
        Value::Int64(n) => Ok(*n),
        Value::Int32(n) => Ok(*n as i64),
        _ => {
            let r = number(args, i)?;
            Ok(if r.is_nan() { 0 } else { r as i64 })
        }
    }
}

/// GameMaker's "offset and length" rule (array and string `_ext` functions): the offset counts
/// from the end when negative and is clamped to the valid range; a negative length walks
/// backwards. Returns the first index, how many elements to visit and the step (+1 or -1).
pub(crate) fn offset_length(n: usize, offset: f64, length: f64) -> (usize, usize, isize) {
    if n == 0 {
        return (0, 0, 1);
    }
    let nf = n as f64;
    let mut off = if offset.is_nan() { 0.0 } else { offset.trunc() };
    if off < 0.0 {
        off += nf;
    }
    let off = off.clamp(0.0, nf - 1.0) as usize;
    let length = if length.is_nan() { 0.0 } else { length.trunc() };
    if length >= 0.0 {
        let count = length.min((n - off) as f64) as usize;
        (off, count, 1)
    } else {
        let count = (-length).min((off + 1) as f64) as usize;
        (off, count, -1)
    }
}

/// Number of characters in `s`.
pub(crate) fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// The character with 0-based index `ci`, if there is one.
pub(crate) fn nth_char(s: &str, ci: usize) -> Option<char> {
    if s.is_ascii() {
        s.as_bytes().get(ci).map(|&b| b as char)
    } else {
        s.chars().nth(ci)
    }
}

/// Byte offset of the character with 0-based index `ci` (the string's length past the end).
pub(crate) fn byte_of_char(s: &str, ci: usize) -> usize {
    if s.is_ascii() {
        return ci.min(s.len());
    }
    s.char_indices().nth(ci).map(|(b, _)| b).unwrap_or(s.len())
}

/// 1-based character position of the byte offset `b` (which must be a char boundary).
pub(crate) fn char_pos_of_byte(s: &str, b: usize) -> usize {
    s[..b].chars().count() + 1
}

thread_local! {
    /// The clipboard: kept inside the process (a headless interpreter has no system clipboard).
    static CLIPBOARD: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

fn clipboard_set_text(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = text(vm, args, 0)?.into_owned();
    CLIPBOARD.with(|c| *c.borrow_mut() = s);
    Ok(Value::Undefined)
}

fn clipboard_get_text(_vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    Ok(Value::string(CLIPBOARD.with(|c| c.borrow().clone())))
}

fn clipboard_has_text(_vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    Ok(Value::Bool(CLIPBOARD.with(|c| !c.borrow().is_empty())))
}
