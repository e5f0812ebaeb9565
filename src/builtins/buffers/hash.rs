//! Hashes, checksums and base64 over buffer regions.

use super::{buf, buf_mut, BufferStore};
use crate::builtins::args::*;
use crate::vm::error::Result;
use crate::vm::value::Value;
use crate::vm::Vm;
use base64::Engine;
use md5::Digest;

pub fn md5_hex(data: &[u8]) -> String {
    hex(&md5::Md5::digest(data))
}

pub fn sha1_hex(data: &[u8]) -> String {
    hex(&sha1::Sha1::digest(data))
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(s, "{b:02x}");
    }
    s
}

/// The bytes of `(buffer, offset, size)` arguments, clamped to the buffer.
fn region(vm: &Vm, args: &[Value], func: &str) -> Result<Vec<u8>> {
    let b = buf(vm, args, 0, func)?;
    let (s, e) = b.range(int(args, 1)?, int(args, 2)?);
    Ok(b.data[s..e].to_vec())
}

pub fn buffer_md5(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::string(md5_hex(&region(vm, args, "buffer_md5")?)))
}

pub fn buffer_sha1(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::string(sha1_hex(&region(vm, args, "buffer_sha1")?)))
}

/// GameMaker's CRC32: the standard (zlib) polynomial and initial value, but without the final
/// inversion (its result is the bitwise NOT of zlib's `crc32`).
pub fn gm_crc32(data: &[u8]) -> u32 {
    !crc32fast::hash(data)
}

pub fn buffer_crc32(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let data = region(vm, args, "buffer_crc32")?;
    Ok(Value::Real(gm_crc32(&data) as f64))
}

pub fn buffer_base64_encode(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let data = region(vm, args, "buffer_base64_encode")?;
    Ok(Value::string(
        base64::engine::general_purpose::STANDARD.encode(data),
    ))
}

/// Lenient base64: standard or URL-safe alphabet, padding optional, whitespace ignored.
pub fn decode_base64(s: &str) -> Option<Vec<u8>> {
    let cleaned: String = s
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '-' => '+',
            '_' => '/',
            c => c,
        })
        .collect();
    let cleaned = cleaned.trim_end_matches('=');
    let engine = base64::engine::GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        base64::engine::GeneralPurposeConfig::new()
            .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent)
            .with_decode_allow_trailing_bits(true),
    );
    engine.decode(cleaned).ok()
}

pub fn buffer_base64_decode(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = string(args, 0)?;
    Ok(match decode_base64(s) {
        Some(bytes) => Value::Real(vm.buffers.create_from(bytes) as f64),
        None => Value::Real(-1.0),
    })
}

pub fn buffer_base64_decode_ext(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = string(args, 1)?.to_owned();
    let offset = int(args, 2)?.max(0) as usize;
    let b = buf_mut(vm, args, 0, "buffer_base64_decode_ext")?;
    if let Some(bytes) = decode_base64(&s) {
        b.write_at(offset, &bytes);
    }
    Ok(Value::Undefined)
}

impl BufferStore {
    /// MD5 of a whole buffer (used by tests and tools).
    pub fn md5(&self, id: i64) -> Option<String> {
        self.slots.get(id).map(|b| md5_hex(&b.data))
    }
}
