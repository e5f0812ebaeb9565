//! Buffers (manual: Buffers): typed little-endian reads and writes with alignment padding, the
//! fixed/grow/wrap/fast buffer kinds, bulk copies, hashes, base64, zlib, and saving/loading
//! (synchronous and async) through the save-directory sandbox.

mod compress;
mod hash;
mod io;
mod store;
mod types;

use super::args::*;
use super::{Builtin, ConstValue, Constant};
use crate::vm::error::{Error, Result};
use crate::vm::value::Value;
use crate::vm::Vm;
use std::collections::HashMap;

pub use hash::{md5_hex, sha1_hex};
pub use store::{Buffer, Kind};
pub use types::DataType;

/// Buffers larger than this cannot be created (GameMaker: under 2 GiB).
pub const MAX_BUFFER_SIZE: i64 = i32::MAX as i64;

#[derive(Default)]
pub struct BufferStore {
    slots: store::Slots,
    /// Async loads waiting for their completion: id -> (buffer, offset) per read, in order.
    pending_loads: HashMap<i64, Vec<(i64, usize)>>,
    group: Option<io::AsyncGroup>,
}

impl BufferStore {
    /// See `Slots::usage`.
    pub fn usage(&self) -> (usize, i64, usize) {
        self.slots.usage()
    }

    /// A copy of the whole buffer.
    pub fn bytes(&self, id: i64) -> Option<Vec<u8>> {
        self.slots.get(id).map(|b| b.data.clone())
    }

    /// Writes `data` at `offset`: grow buffers grow, wrap buffers wrap, fixed ones keep what
    /// fits. False if the buffer does not exist.
    pub fn write_at(&mut self, id: i64, offset: usize, data: &[u8]) -> bool {
        match self.slots.get_mut(id) {
            Some(b) => {
                b.write_at(offset, data);
                true
            }
            None => false,
        }
    }

    /// A new grow buffer (alignment 1) holding `data`; returns its index.
    pub fn create_from(&mut self, data: Vec<u8>) -> i64 {
        self.slots.add(Buffer::from_bytes(data))
    }

    /// The seek position (what `buffer_tell` returns).
    pub fn tell(&self, id: i64) -> Option<usize> {
        self.slots.get(id).map(|b| b.pos)
    }

    pub fn exists(&self, id: i64) -> bool {
        self.slots.get(id).is_some()
    }

    pub fn get(&self, id: i64) -> Option<&Buffer> {
        self.slots.get(id)
    }

    pub fn get_mut(&mut self, id: i64) -> Option<&mut Buffer> {
        self.slots.get_mut(id)
    }

    /// `buffer_delete` (also used for a data event's buffer once the event has run).
    pub fn delete(&mut self, id: i64) -> bool {
        self.slots.remove(id)
    }
}

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("buffer_create", 3, 3, buffer_create),
    Builtin::new("buffer_delete", 1, 1, buffer_delete),
    Builtin::new("buffer_exists", 1, 1, buffer_exists),
    Builtin::new("buffer_write", 3, 3, buffer_write),
    Builtin::new("buffer_read", 2, 2, buffer_read),
    Builtin::new("buffer_poke", 4, 4, buffer_poke),
    Builtin::new("buffer_peek", 3, 3, buffer_peek),
    Builtin::new("buffer_fill", 5, 5, buffer_fill),
    Builtin::new("buffer_seek", 3, 3, buffer_seek),
    Builtin::new("buffer_tell", 1, 1, buffer_tell),
    Builtin::new("buffer_get_size", 1, 1, buffer_get_size),
    Builtin::new("buffer_get_type", 1, 1, buffer_get_type),
    Builtin::new("buffer_get_alignment", 1, 1, buffer_get_alignment),
    Builtin::new("buffer_get_address", 1, 1, buffer_get_address),
    Builtin::new("buffer_resize", 2, 2, buffer_resize),
    Builtin::new("buffer_sizeof", 1, 1, buffer_sizeof),
    Builtin::new("buffer_get_used_size", 1, 1, buffer_get_used_size),
    Builtin::new("buffer_set_used_size", 2, 2, buffer_set_used_size),
    Builtin::new("buffer_copy", 5, 5, buffer_copy),
    Builtin::new("buffer_copy_stride", 8, 8, buffer_copy_stride),
    Builtin::new("buffer_md5", 3, 3, hash::buffer_md5),
    Builtin::new("buffer_sha1", 3, 3, hash::buffer_sha1),
    Builtin::new("buffer_crc32", 3, 3, hash::buffer_crc32),
    Builtin::new("buffer_base64_encode", 3, 3, hash::buffer_base64_encode),
    Builtin::new("buffer_base64_decode", 1, 1, hash::buffer_base64_decode),
    Builtin::new(
        "buffer_base64_decode_ext",
        3,
        3,
        hash::buffer_base64_decode_ext,
    ),
    Builtin::new("buffer_compress", 3, 3, compress::buffer_compress),
    Builtin::new("buffer_decompress", 1, 1, compress::buffer_decompress),
    Builtin::new("buffer_save", 2, 2, io::buffer_save),
    Builtin::new("buffer_save_ext", 4, 4, io::buffer_save_ext),
    Builtin::new("buffer_load", 1, 1, io::buffer_load),
    Builtin::new("buffer_load_ext", 3, 3, io::buffer_load_ext),
    Builtin::new("buffer_load_partial", 5, 5, io::buffer_load_partial),
    Builtin::new("buffer_save_async", 4, 4, io::buffer_save_async),
    Builtin::new("buffer_load_async", 4, 4, io::buffer_load_async),
    Builtin::new(
        "buffer_async_group_begin",
        1,
        1,
        io::buffer_async_group_begin,
    ),
    Builtin::new(
        "buffer_async_group_option",
        2,
        2,
        io::buffer_async_group_option,
    ),
    Builtin::new("buffer_async_group_end", 0, 0, io::buffer_async_group_end),
];

pub const CONSTANTS: &[Constant] = &[
    ("buffer_fixed", ConstValue::Real(0.0)),
    ("buffer_grow", ConstValue::Real(1.0)),
    ("buffer_wrap", ConstValue::Real(2.0)),
    ("buffer_fast", ConstValue::Real(3.0)),
    ("buffer_vbuffer", ConstValue::Real(4.0)),
    ("buffer_u8", ConstValue::Real(1.0)),
    ("buffer_s8", ConstValue::Real(2.0)),
    ("buffer_u16", ConstValue::Real(3.0)),
    ("buffer_s16", ConstValue::Real(4.0)),
    ("buffer_u32", ConstValue::Real(5.0)),
    ("buffer_s32", ConstValue::Real(6.0)),
    ("buffer_f16", ConstValue::Real(7.0)),
    ("buffer_f32", ConstValue::Real(8.0)),
    ("buffer_f64", ConstValue::Real(9.0)),
    ("buffer_bool", ConstValue::Real(10.0)),
    ("buffer_string", ConstValue::Real(11.0)),
    ("buffer_u64", ConstValue::Real(12.0)),
    ("buffer_text", ConstValue::Real(13.0)),
    ("buffer_seek_start", ConstValue::Real(0.0)),
    ("buffer_seek_relative", ConstValue::Real(1.0)),
    ("buffer_seek_end", ConstValue::Real(2.0)),
    ("buffer_error_general", ConstValue::Real(-1.0)),
    ("buffer_error_out_of_space", ConstValue::Real(-2.0)),
    ("buffer_error_invalid_type", ConstValue::Real(-4.0)),
];

fn no_buffer(func: &str, id: &Value) -> Error {
    let shown = match id.as_f64() {
        Some(n) => crate::vm::value::real_to_string(n),
        None => id.type_name().to_string(),
    };
    Error::msg(format!("{func}: Illegal Buffer Index {shown}"))
}

/// The buffer named by argument `i`, or GameMaker's "Illegal Buffer Index" error.
pub(crate) fn buf<'a>(vm: &'a Vm, args: &[Value], i: usize, func: &str) -> Result<&'a Buffer> {
    let id = int(args, i)?;
    vm.buffers
        .slots
        .get(id)
        .ok_or_else(|| no_buffer(func, arg(args, i)))
}

pub(crate) fn buf_mut<'a>(
    vm: &'a mut Vm,
    args: &[Value],
    i: usize,
    func: &str,
) -> Result<&'a mut Buffer> {
    let id = int(args, i)?;
    vm.buffers
        .slots
        .get_mut(id)
        .ok_or_else(|| no_buffer(func, arg(args, i)))
}

fn data_type(args: &[Value], i: usize, func: &str) -> Result<DataType> {
    let n = int(args, i)?;
    DataType::from_i64(n).ok_or_else(|| Error::msg(format!("{func}: illegal buffer data type {n}")))
}

fn id_value(id: i64) -> Value {
    Value::Real(id as f64)
}

fn buffer_create(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let size = int(args, 0)?;
    let kind_n = int(args, 1)?;
    let alignment = int(args, 2)?;
    if !(0..=MAX_BUFFER_SIZE).contains(&size) {
        return Err(Error::msg(format!(
            "buffer_create: size {size} is out of range (0 to 2147483647 bytes)"
        )));
    }
    let kind = Kind::from_i64(kind_n)
        .ok_or_else(|| Error::msg(format!("buffer_create: illegal buffer type {kind_n}")))?;
    crate::vm::memory::reserve("buffer_create", size as u64)?;
    let id = vm
        .buffers
        .slots
        .add(Buffer::new(size as usize, kind, alignment.max(0)));
    Ok(id_value(id))
}

fn buffer_delete(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let id = int(args, 0)?;
    vm.buffers.slots.remove(id);
    Ok(Value::Undefined)
}

fn buffer_exists(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let ok = match arg(args, 0).as_f64() {
        Some(n) if n.fract() == 0.0 => vm.buffers.exists(n as i64),
        _ => false,
    };
    Ok(Value::Bool(ok))
}

/// The bytes `buffer_write`/`poke`/`fill` store for `v` as `ty`; `None` for a value of the wrong
/// type (buffer_error_invalid_type).
fn encode(vm: &mut Vm, ty: DataType, v: &Value) -> Result<Option<Vec<u8>>> {
    if ty.is_string() {
        let s = match v {
            Value::Str(s) => s.to_string(),
            v => vm.stringify(v)?,
        };
        let mut bytes = s.into_bytes();
        if ty == DataType::Str {
            bytes.push(0);
        }
        return Ok(Some(bytes));
    }
    Ok(types::encode_number(ty, v))
}

fn buffer_write(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let ty = data_type(args, 1, "buffer_write")?;
    buf(vm, args, 0, "buffer_write")?;
    let Some(bytes) = encode(vm, ty, arg(args, 2))? else {
        return Ok(Value::Real(store::ERR_INVALID_TYPE as f64));
    };
    let code = buf_mut(vm, args, 0, "buffer_write")?.write(ty, &bytes);
    Ok(Value::Real(code as f64))
}

fn buffer_read(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let ty = data_type(args, 1, "buffer_read")?;
    let b = buf_mut(vm, args, 0, "buffer_read")?;
    let size = b.size();
    b.read(ty).map_err(|at| {
        Error::msg(format!(
            "buffer_read: reading {} byte(s) at offset {at} goes past the end of buffer {} (size {size})",
            ty.size(),
            crate::vm::value::real_to_string(arg(args, 0).as_f64().unwrap_or(-1.0)),
        ))
    })
}

fn buffer_poke(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let offset = int(args, 1)?;
    let ty = data_type(args, 2, "buffer_poke")?;
    buf(vm, args, 0, "buffer_poke")?;
    let Some(bytes) = encode(vm, ty, arg(args, 3))? else {
        return Ok(Value::Undefined);
    };
    if offset >= 0 {
        buf_mut(vm, args, 0, "buffer_poke")?.poke(offset as usize, &bytes);
    }
    Ok(Value::Undefined)
}

fn buffer_peek(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let offset = int(args, 1)?;
    let ty = data_type(args, 2, "buffer_peek")?;
    let b = buf(vm, args, 0, "buffer_peek")?;
    if offset < 0 {
        return Ok(Value::Undefined);
    }
    Ok(b.peek(offset as usize, ty).unwrap_or(Value::Undefined))
}

/// Repeats the value from `offset` for `size` bytes, each item at an aligned position, stopping
/// at the first item that would not fit (the buffer never grows). The seek position stays.
fn buffer_fill(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let offset = int(args, 1)?.max(0) as usize;
    let ty = data_type(args, 2, "buffer_fill")?;
    let size = int(args, 4)?;
    buf(vm, args, 0, "buffer_fill")?;
    let Some(bytes) = encode(vm, ty, arg(args, 3))? else {
        return Ok(Value::Undefined);
    };
    let b = buf_mut(vm, args, 0, "buffer_fill")?;
    if bytes.is_empty() || size <= 0 {
        return Ok(Value::Undefined);
    }
    let end = offset.saturating_add(size as usize).min(b.size());
    let mut pos = b.align(offset);
    while pos + bytes.len() <= end {
        b.data[pos..pos + bytes.len()].copy_from_slice(&bytes);
        pos = b.align(pos + bytes.len());
    }
    b.used = b.used.max(pos.min(end));
    Ok(Value::Undefined)
}

fn buffer_seek(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let base = int(args, 1)?;
    let offset = int(args, 2)?;
    let b = buf_mut(vm, args, 0, "buffer_seek")?;
    Ok(Value::Real(b.seek(base, offset) as f64))
}

fn buffer_tell(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Real(buf(vm, args, 0, "buffer_tell")?.pos as f64))
}

fn buffer_get_size(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Real(
        buf(vm, args, 0, "buffer_get_size")?.size() as f64
    ))
}

fn buffer_get_type(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Real(
        buf(vm, args, 0, "buffer_get_type")?.kind as i32 as f64,
    ))
}

fn buffer_get_alignment(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Real(
        buf(vm, args, 0, "buffer_get_alignment")?.alignment as f64,
    ))
}

/// There is no raw memory to hand out (no extensions): a distinct, non-null pointer per buffer.
fn buffer_get_address(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    buf(vm, args, 0, "buffer_get_address")?;
    let id = int(args, 0)?;
    Ok(Value::Ptr((id + 1) << 20))
}

fn buffer_resize(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let size = int(args, 1)?;
    if !(0..=MAX_BUFFER_SIZE).contains(&size) {
        return Err(Error::msg(format!(
            "buffer_resize: size {size} is out of range (0 to 2147483647 bytes)"
        )));
    }
    let grow = (size as u64).saturating_sub(buf(vm, args, 0, "buffer_resize")?.size() as u64);
    crate::vm::memory::reserve("buffer_resize", grow)?;
    buf_mut(vm, args, 0, "buffer_resize")?.resize(size as usize);
    Ok(Value::Undefined)
}

fn buffer_sizeof(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let n = int(args, 0)?;
    Ok(Value::Real(
        DataType::from_i64(n).map(|t| t.size()).unwrap_or(0) as f64,
    ))
}

fn buffer_get_used_size(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Real(
        buf(vm, args, 0, "buffer_get_used_size")?.used as f64,
    ))
}

fn buffer_set_used_size(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let n = int(args, 1)?;
    let b = buf_mut(vm, args, 0, "buffer_set_used_size")?;
    b.used = (n.max(0) as usize).min(b.size());
    Ok(Value::Undefined)
}

/// `buffer_copy(src, src_offset, size, dest, dest_offset)`: the source range is clamped; grow
/// destinations grow, wrap destinations wrap, fixed ones keep what fits. No seek moves.
fn buffer_copy(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let src = buf(vm, args, 0, "buffer_copy")?;
    let (s, e) = src.range(int(args, 1)?, int(args, 2)?.max(0));
    let data = src.data[s..e].to_vec();
    let dest_off = int(args, 4)?.max(0) as usize;
    buf_mut(vm, args, 3, "buffer_copy")?.write_at(dest_off, &data);
    Ok(Value::Undefined)
}

/// `buffer_copy_stride(src, src_offset, src_size, src_stride, count, dest, dest_offset,
/// dest_stride)`: copies `count` items of `src_size` bytes between strided positions.
fn buffer_copy_stride(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let src_off = int(args, 1)?;
    let item = int(args, 2)?.max(0);
    let src_stride = int(args, 3)?;
    let dest_off = int(args, 6)?;
    let dest_stride = int(args, 7)?;
    let src_id = int(args, 0)?;
    let dest_id = int(args, 5)?;
    buf(vm, args, 0, "buffer_copy_stride")?;
    buf(vm, args, 5, "buffer_copy_stride")?;
    if item == 0 {
        return Ok(Value::Undefined);
    }
    // Never more items than could fit in the largest buffer.
    let count = int(args, 4)?.clamp(0, store::MAX_SIZE as i64 / item);
    for i in 0..count {
        let Some(src) = vm.buffers.slots.get(src_id) else {
            break;
        };
        let (s, e) = src.range(src_off.saturating_add(i.saturating_mul(src_stride)), item);
        if s == e {
            break;
        }
        let bytes = src.data[s..e].to_vec();
        let at = dest_off.saturating_add(i.saturating_mul(dest_stride));
        let Some(dest) = vm.buffers.slots.get_mut(dest_id) else {
            break;
        };
        let limit = match dest.kind {
            Kind::Grow => store::MAX_SIZE,
            Kind::Wrap => usize::MAX,
            _ => dest.size(),
        };
        if at < 0 {
            continue;
        }
        if at as usize >= limit {
            break;
        }
        dest.write_at(at as usize, &bytes);
    }
    Ok(Value::Undefined)
}

#[cfg(test)]
pub(crate) mod tests_support {
    use crate::vm::error::Result;
    use crate::vm::value::Value;
    use crate::vm::Vm;

    pub(crate) fn vm_in(dir: &std::path::Path) -> Vm {
        let mut vm = Vm::new(Box::new(Vec::new()));
        vm.files.save_dir = dir.to_path_buf();
        vm
    }

    pub(crate) fn call(vm: &mut Vm, name: &str, args: &[Value]) -> Result<Value> {
        let b = crate::builtins::lookup(name).unwrap_or_else(|| panic!("no builtin {name}"));
        (b.f)(vm, args)
    }

    pub(crate) fn ok(vm: &mut Vm, name: &str, args: &[Value]) -> Value {
        call(vm, name, args).unwrap_or_else(|e| panic!("{name} failed: {}", e.message()))
    }

    pub(crate) fn r(n: f64) -> Value {
        Value::Real(n)
    }

    pub(crate) fn s(t: &str) -> Value {
        Value::str(t)
    }
}

#[cfg(test)]
mod tests;
