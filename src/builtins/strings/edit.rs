//! Reading, searching and editing strings by character position.

use super::{byte_of_char, char_len, char_pos_of_byte, index, nth_char, text};
use crate::builtins::args::arg;
use crate::vm::error::{Error, Result};
use crate::vm::value::Value;
use crate::vm::Vm;

fn real(n: usize) -> Value {
    Value::Real(n as f64)
}

pub fn string_length(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = text(vm, args, 0)?;
    Ok(real(char_len(&s)))
}

/// The character at a 1-based index; indexes below 1 give the first character, past the end "".
pub fn string_char_at(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = text(vm, args, 0)?;
    let i = index(args, 1)?.max(1);
    let c = nth_char(&s, (i - 1) as usize);
    Ok(Value::string(c.map(String::from).unwrap_or_default()))
}

/// The character code at a 1-based index (clamped like `string_char_at`), -1 past the end.
pub fn string_ord_at(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = text(vm, args, 0)?;
    let i = index(args, 1)?.max(1);
    let c = nth_char(&s, (i - 1) as usize);
    Ok(Value::Real(c.map(|c| c as u32 as f64).unwrap_or(-1.0)))
}

/// `count` characters from `index` (an index below 1 is 1; nothing for a count below 1).
pub fn string_copy(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = text(vm, args, 0)?;
    let i = index(args, 1)?.max(1) - 1;
    let count = index(args, 2)?;
    if count <= 0 {
        return Ok(Value::str(""));
    }
    let start = byte_of_char(&s, i as usize);
    let rest = &s[start..];
    let end = byte_of_char(rest, count as usize);
    Ok(Value::str(&rest[..end]))
}

/// Removes `count` characters starting at `index`. A negative index counts from the end (-1 is
/// the last character), an index past the end means the last character, and a negative count
/// deletes the character at `index` and those before it.
pub fn string_delete(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = text(vm, args, 0)?;
    let mut i = index(args, 1)?;
    let count = index(args, 2)?;
    let n = char_len(&s) as i64;
    if n == 0 || count == 0 {
        return Ok(Value::string(s.into_owned()));
    }
    if i < 0 {
        i = i.saturating_add(n + 1);
    }
    // A start past the end deletes nothing (GameMaker leaves the string as it is).
    let i = i.max(1);
    let (first, last) = if count > 0 {
        (i, i.saturating_add(count - 1).min(n))
    } else {
        (i.saturating_add(count + 1).max(1), i)
    };
    let out: String = s
        .chars()
        .enumerate()
        .filter(|(k, _)| {
            let p = *k as i64 + 1;
            p < first || p > last
        })
        .map(|(_, c)| c)
        .collect();
    Ok(Value::string(out))
}

/// Inserts `substr` before the character at `index` (clamped to the start and the end).
pub fn string_insert(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let sub = text(vm, args, 0)?;
    let s = text(vm, args, 1)?;
    let i = index(args, 2)?.max(1) - 1;
    let b = byte_of_char(&s, i as usize);
    let mut out = String::with_capacity(s.len() + sub.len());
    out.push_str(&s[..b]);
    out.push_str(&sub);
    out.push_str(&s[b..]);
    Ok(Value::string(out))
}

/// The 1-based position of the first `sub` in `s` at or after character `from` (0-based), or 0.
fn find_from(s: &str, sub: &str, from: usize) -> usize {
    if sub.is_empty() {
        return 0;
    }
    let b0 = byte_of_char(s, from);
    match s[b0..].find(sub) {
        Some(b) => char_pos_of_byte(s, b0 + b),
        None => 0,
    }
}

/// The 1-based position of the last `sub` in `s` starting at or before 1-based `limit`, or 0.
fn rfind_upto(s: &str, sub: &str, limit: usize) -> usize {
    if sub.is_empty() || limit == 0 {
        return 0;
    }
    let last_start = byte_of_char(s, limit - 1);
    let (h, n) = (s.as_bytes(), sub.as_bytes());
    if n.len() > h.len() {
        return 0;
    }
    let top = last_start.min(h.len() - n.len());
    (0..=top)
        .rev()
        .find(|&p| &h[p..p + n.len()] == n)
        .map(|p| char_pos_of_byte(s, p))
        .unwrap_or(0)
}

pub fn string_pos(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let sub = text(vm, args, 0)?;
    let s = text(vm, args, 1)?;
    Ok(real(find_from(&s, &sub, 0)))
}

/// Like `string_pos`, searching from the 1-based `start_pos` (inclusive; below 1 means 1).
pub fn string_pos_ext(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let sub = text(vm, args, 0)?;
    let s = text(vm, args, 1)?;
    let start = index(args, 2)?.max(1) - 1;
    let start = start as usize;
    if start >= char_len(&s) {
        return Ok(real(0));
    }
    Ok(real(find_from(&s, &sub, start)))
}

pub fn string_last_pos(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let sub = text(vm, args, 0)?;
    let s = text(vm, args, 1)?;
    let n = char_len(&s);
    Ok(real(rfind_upto(&s, &sub, n)))
}

/// The last occurrence starting at or before the 1-based `start_pos` (0 when it is below 1).
pub fn string_last_pos_ext(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let sub = text(vm, args, 0)?;
    let s = text(vm, args, 1)?;
    let start = index(args, 2)?;
    if start <= 0 {
        return Ok(real(0));
    }
    let limit = (start as usize).min(char_len(&s));
    Ok(real(rfind_upto(&s, &sub, limit)))
}

/// How many times `sub` occurs in `s` (occurrences may overlap, as in GameMaker's runners).
pub fn string_count(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let sub = text(vm, args, 0)?;
    let s = text(vm, args, 1)?;
    if sub.is_empty() {
        return Ok(real(0));
    }
    let mut count = 0;
    let mut from = 0;
    while let Some(b) = s[from..].find(&*sub) {
        count += 1;
        let at = from + b;
        from = at + s[at..].chars().next().map(char::len_utf8).unwrap_or(1);
    }
    Ok(real(count))
}

pub fn string_replace(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = text(vm, args, 0)?;
    let sub = text(vm, args, 1)?;
    let new = text(vm, args, 2)?;
    if sub.is_empty() {
        return Ok(Value::string(s.into_owned()));
    }
    Ok(Value::string(s.replacen(&*sub, &new, 1)))
}

pub fn string_replace_all(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = text(vm, args, 0)?;
    let sub = text(vm, args, 1)?;
    let new = text(vm, args, 2)?;
    if sub.is_empty() {
        return Ok(Value::string(s.into_owned()));
    }
    Ok(Value::string(s.replace(&*sub, &new)))
}

/// Only the 26 ASCII letters change case.
pub fn string_upper(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = text(vm, args, 0)?;
    Ok(Value::string(s.to_ascii_uppercase()))
}

pub fn string_lower(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = text(vm, args, 0)?;
    Ok(Value::string(s.to_ascii_lowercase()))
}

/// Longest result `string_repeat` builds before reporting an error instead of exhausting memory.
const MAX_STRING_BYTES: usize = 1 << 30;

pub fn string_repeat(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = text(vm, args, 0)?;
    let count = index(args, 1)?;
    if count <= 0 || s.is_empty() {
        return Ok(Value::str(""));
    }
    let count = count as u64;
    let bytes = (s.len() as u64).saturating_mul(count);
    crate::vm::memory::reserve("string_repeat", bytes)?;
    if bytes > MAX_STRING_BYTES as u64 {
        return Err(Error::msg("string_repeat :: resulting string is too long"));
    }
    // In pieces of about a megabyte, polling for interrupts: a gigabyte takes a while to write.
    let per_piece = ((1 << 20) / s.len()).max(1) as u64;
    let piece = s.repeat(per_piece.min(count) as usize);
    let mut out = String::with_capacity(bytes as usize);
    let mut left = count;
    while left >= per_piece {
        vm.check_interrupt()?;
        out.push_str(&piece);
        left -= per_piece;
    }
    out.push_str(&s.repeat(left as usize));
    Ok(Value::string(out))
}

fn keep(vm: &mut Vm, args: &[Value], f: fn(char) -> bool) -> Result<Value> {
    let s = text(vm, args, 0)?;
    Ok(Value::string(s.chars().filter(|&c| f(c)).collect()))
}

pub fn string_letters(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    keep(vm, args, |c| c.is_ascii_alphabetic())
}

pub fn string_digits(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    keep(vm, args, |c| c.is_ascii_digit())
}

pub fn string_lettersdigits(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    keep(vm, args, |c| c.is_ascii_alphanumeric())
}

/// White space as the trim functions see it.
/// Every Unicode white-space character (U+0009-000D, U+0020, U+0085, U+00A0, U+1680,
/// U+2000-200A, U+2028, U+2029, U+202F, U+205F, U+3000), as GameMaker's trim functions remove.
fn is_space(c: char) -> bool {
    c.is_whitespace()
}

/// The substrings to trim: the optional array argument (its items as strings), or `None` for
/// white space.
fn trim_set(vm: &mut Vm, args: &[Value]) -> Result<Option<Vec<String>>> {
    match arg(args, 1) {
        Value::Undefined => Ok(None),
        Value::Array(a) => {
            let items = a.borrow().clone();
            let mut out = Vec::with_capacity(items.len());
            for v in &items {
                let t = vm.stringify(v)?;
                if !t.is_empty() {
                    out.push(t);
                }
            }
            Ok(Some(out))
        }
        v => Err(Error::bad_arg(1, "Array", v)),
    }
}

fn trim_start<'a>(mut s: &'a str, set: &Option<Vec<String>>) -> &'a str {
    match set {
        None => s.trim_start_matches(is_space),
        Some(items) => {
            while let Some(t) = items.iter().find(|t| s.starts_with(t.as_str())) {
                s = &s[t.len()..];
            }
            s
        }
    }
}

fn trim_end<'a>(mut s: &'a str, set: &Option<Vec<String>>) -> &'a str {
    match set {
        None => s.trim_end_matches(is_space),
        Some(items) => {
            while let Some(t) = items.iter().find(|t| s.ends_with(t.as_str())) {
                s = &s[..s.len() - t.len()];
            }
            s
        }
    }
}

pub fn string_trim(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let set = trim_set(vm, args)?;
    let s = text(vm, args, 0)?;
    Ok(Value::str(trim_end(trim_start(&s, &set), &set)))
}

pub fn string_trim_start(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let set = trim_set(vm, args)?;
    let s = text(vm, args, 0)?;
    Ok(Value::str(trim_start(&s, &set)))
}

pub fn string_trim_end(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let set = trim_set(vm, args)?;
    let s = text(vm, args, 0)?;
    Ok(Value::str(trim_end(&s, &set)))
}

pub fn string_starts_with(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = text(vm, args, 0)?;
    let sub = text(vm, args, 1)?;
    Ok(Value::Bool(s.starts_with(&*sub)))
}

pub fn string_ends_with(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = text(vm, args, 0)?;
    let sub = text(vm, args, 1)?;
    Ok(Value::Bool(s.ends_with(&*sub)))
}

/// Every `#` becomes a Windows line break (`\r\n`), as GameMaker 1.x drew it.
pub fn string_hash_to_newline(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = text(vm, args, 0)?;
    Ok(Value::string(s.replace('#', "\r\n")))
}
