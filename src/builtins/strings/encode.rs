//! Bytes and codes: `string_byte_*`, `chr`, `ord`, `ansi_char`, MD5/SHA-1 of strings, base64.
//!
//! GameMaker strings are byte strings that may hold invalid UTF-8 (`ansi_char(200)`,
//! `string_set_byte_at`). Ours are Rust strings, so a byte that is not part of valid UTF-8 is
//! kept as one private-use character, U+10FF00 + byte. `raw_bytes` turns such a string back into
//! GameMaker's bytes (file and buffer writers should use it); `from_raw_bytes` goes the other way.

use super::{index, number, text};
use crate::vm::error::{Error, Result};
use crate::vm::value::Value;
use crate::vm::Vm;
use std::borrow::Cow;

const RAW_BASE: u32 = 0x10_FF00;

fn raw_char(b: u8) -> char {
    char::from_u32(RAW_BASE + b as u32).unwrap_or('\u{FFFD}')
}

/// The bytes GameMaker would hold for `s` (UTF-8, with raw-byte characters as single bytes).
pub fn raw_bytes(s: &str) -> Cow<'_, [u8]> {
    if !s.chars().any(|c| c as u32 >= RAW_BASE) {
        return Cow::Borrowed(s.as_bytes());
    }
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        let u = c as u32;
        if u >= RAW_BASE {
            out.push((u - RAW_BASE) as u8);
        } else {
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        }
    }
    Cow::Owned(out)
}

/// A string from GameMaker bytes: valid UTF-8 as it is, any other byte as a raw-byte character.
pub fn from_raw_bytes(bytes: &[u8]) -> String {
    if let Ok(s) = std::str::from_utf8(bytes) {
        return s.to_owned();
    }
    let mut out = String::with_capacity(bytes.len() + 8);
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        for &b in chunk.invalid() {
            out.push(raw_char(b));
        }
    }
    out
}

pub fn string_byte_length(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = text(vm, args, 0)?;
    Ok(Value::Real(raw_bytes(&s).len() as f64))
}

/// The byte at a 1-based position, clamped to the first and last byte (0 for "").
pub fn string_byte_at(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = text(vm, args, 0)?;
    let bytes = raw_bytes(&s);
    if bytes.is_empty() {
        return Ok(Value::Real(0.0));
    }
    let i = (index(args, 1)?.max(1) - 1).min(bytes.len() as i64 - 1) as usize;
    Ok(Value::Real(bytes[i] as f64))
}

/// A copy with the byte at a 1-based position replaced (the value's low 8 bits); a position
/// outside the string is an error.
pub fn string_set_byte_at(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = text(vm, args, 0)?;
    let pos = index(args, 1)?;
    let byte = index(args, 2)? as u8;
    let mut bytes = raw_bytes(&s).into_owned();
    if pos < 1 || pos > bytes.len() as i64 {
        return Err(Error::msg(
            "string_set_byte_at :: Index beyond end of string.",
        ));
    }
    bytes[(pos - 1) as usize] = byte;
    // GameMaker strings end at a NUL byte.
    if byte == 0 {
        bytes.truncate((pos - 1) as usize);
    }
    Ok(Value::string(from_raw_bytes(&bytes)))
}

/// The character with a Unicode code point ("" for 0, which ends a GameMaker string, and for a
/// value that is not a code point).
pub fn chr(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let code = index(args, 0)?;
    let c = u32::try_from(code)
        .ok()
        .filter(|&c| c != 0)
        .and_then(char::from_u32);
    Ok(Value::string(c.map(String::from).unwrap_or_default()))
}

/// The code point of the first character (0 for "").
pub fn ord(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = text(vm, args, 0)?;
    let code = match s.chars().next() {
        Some(c) if c as u32 >= RAW_BASE => c as u32 - RAW_BASE,
        Some(c) => c as u32,
        None => 0,
    };
    Ok(Value::Real(code as f64))
}

/// A one-byte string holding the raw byte `val & 0xFF` ("" for 0).
pub fn ansi_char(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let b = number(args, 0)?;
    let b = if b.is_nan() { 0 } else { b as i64 as u8 };
    if b == 0 {
        return Ok(Value::str(""));
    }
    Ok(Value::string(from_raw_bytes(&[b])))
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(out, "{b:02x}");
    }
    out
}

/// The string as UTF-16 little-endian bytes ("Unicode" in the manual's hash functions).
fn utf16le(s: &str) -> Vec<u8> {
    s.encode_utf16().flat_map(|u| u.to_le_bytes()).collect()
}

pub(crate) fn md5_hex(bytes: &[u8]) -> String {
    use md5::{Digest, Md5};
    hex(&Md5::digest(bytes))
}

fn sha1_hex(bytes: &[u8]) -> String {
    use sha1::{Digest, Sha1};
    hex(&Sha1::digest(bytes))
}

pub fn md5_string_utf8(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = text(vm, args, 0)?;
    Ok(Value::string(md5_hex(&raw_bytes(&s))))
}

pub fn md5_string_unicode(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = text(vm, args, 0)?;
    Ok(Value::string(md5_hex(&utf16le(&s))))
}

pub fn sha1_string_utf8(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = text(vm, args, 0)?;
    Ok(Value::string(sha1_hex(&raw_bytes(&s))))
}

pub fn sha1_string_unicode(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = text(vm, args, 0)?;
    Ok(Value::string(sha1_hex(&utf16le(&s))))
}

/// Standard base64 (`+/`, `=` padding) of the string's bytes.
pub fn base64_encode(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    use base64::Engine;
    let s = text(vm, args, 0)?;
    let out = base64::engine::general_purpose::STANDARD.encode(raw_bytes(&s));
    Ok(Value::string(out))
}

/// Decodes base64 leniently: characters outside the alphabet (white space, line breaks) are
/// skipped, padding is optional, the URL-safe `-_` are accepted, decoding stops at `=`.
pub fn base64_decode(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = text(vm, args, 0)?;
    Ok(Value::string(from_raw_bytes(&decode_base64(&s))))
}

pub(crate) fn decode_base64(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for b in s.bytes() {
        let v = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            b'=' => break,
            _ => continue,
        };
        acc = (acc << 6) | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}
