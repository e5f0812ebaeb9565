//! `buffer_compress` / `buffer_decompress`: zlib streams (header + deflate + adler32).

use super::buf;
use crate::builtins::args::*;
use crate::vm::error::Result;
use crate::vm::value::Value;
use crate::vm::Vm;
use std::io::{Read, Write};

pub fn zlib_compress(data: &[u8]) -> Option<Vec<u8>> {
    let mut enc = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(data).ok()?;
    enc.finish().ok()
}

pub fn zlib_decompress(data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    flate2::read::ZlibDecoder::new(data)
        .read_to_end(&mut out)
        .ok()?;
    Some(out)
}

pub fn buffer_compress(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let b = buf(vm, args, 0, "buffer_compress")?;
    let (s, e) = b.range(int(args, 1)?, int(args, 2)?);
    let packed = zlib_compress(&b.data[s..e]);
    Ok(match packed {
        Some(bytes) => Value::Real(vm.buffers.create_from(bytes) as f64),
        None => Value::Real(-1.0),
    })
}

pub fn buffer_decompress(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let b = buf(vm, args, 0, "buffer_decompress")?;
    let unpacked = zlib_decompress(&b.data);
    Ok(match unpacked {
        Some(bytes) => Value::Real(vm.buffers.create_from(bytes) as f64),
        None => Value::Real(-1.0),
    })
}
