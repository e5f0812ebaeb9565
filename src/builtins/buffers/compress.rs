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

/// Inflates `data` a piece at a time, so a small stream that inflates to gigabytes (a zip bomb)
/// ends as "out of memory" when it passes the memory limit, and Ctrl-C or `--timeout` stop it.
/// `None` when the stream is not valid zlib or would not fit in a buffer.
fn inflate_bounded(vm: &Vm, data: &[u8]) -> Result<Option<Vec<u8>>> {
    const PIECE: usize = 1 << 20;
    let mut dec = flate2::read::ZlibDecoder::new(data);
    let mut out = Vec::new();
    loop {
        vm.check_interrupt()?;
        crate::vm::memory::reserve("buffer_decompress", (out.len() + PIECE) as u64)?;
        let before = out.len();
        if (&mut dec).take(PIECE as u64).read_to_end(&mut out).is_err() {
            return Ok(None);
        }
        if out.len() > super::store::MAX_SIZE {
            return Ok(None);
        }
        if out.len() - before < PIECE {
            return Ok(Some(out));
        }
    }
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
    let unpacked = inflate_bounded(vm, &b.data)?;
    Ok(match unpacked {
        Some(bytes) => Value::Real(vm.buffers.create_from(bytes) as f64),
        None => Value::Real(-1.0),
    })
}
