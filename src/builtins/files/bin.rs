//! Binary files: modes 0 read, 1 write (starts empty), 2 read and write. The bytes are held in
//! memory and written back atomically by `file_bin_close` when they changed.

use super::{alloc_slot, atomic_write, bad_handle, path_arg, slot_mut, take_slot};
use crate::builtins::args::*;
use crate::vm::error::{Error, Result};
use crate::vm::value::Value;
use crate::vm::Vm;
use std::path::PathBuf;

pub(crate) struct BinFile {
    data: Vec<u8>,
    pos: usize,
    path: PathBuf,
    mode: i64,
    dirty: bool,
}

pub fn file_bin_open(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let path = path_arg(vm, args, 0)?;
    let mode = int(args, 1)?;
    if !(0..=2).contains(&mode) || path.is_dir() {
        return Ok(Value::Real(-1.0));
    }
    let existing = std::fs::read(super::read_path_arg(vm, args, 0)?).ok();
    // GameMaker creates the file when it does not exist; mode 1 starts it empty.
    let dirty = existing.is_none() || mode == 1;
    let data = if mode == 1 {
        Vec::new()
    } else {
        existing.unwrap_or_default()
    };
    if dirty && atomic_write(&path, &data).is_err() {
        return Ok(Value::Real(-1.0));
    }
    let f = BinFile {
        data,
        pos: 0,
        path,
        mode,
        dirty: false,
    };
    Ok(match alloc_slot(&mut vm.files.bin, f) {
        Some(id) => Value::Real(id as f64),
        None => Value::Real(-1.0),
    })
}

fn file<'a>(vm: &'a mut Vm, args: &[Value], func: &str) -> Result<&'a mut BinFile> {
    let id = int(args, 0)?;
    slot_mut(&mut vm.files.bin, id).ok_or_else(|| bad_handle(func, "binary", id))
}

pub fn file_bin_close(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let id = int(args, 0)?;
    let Some(f) = take_slot(&mut vm.files.bin, id) else {
        return Ok(Value::Bool(false));
    };
    if f.dirty {
        return Ok(Value::Bool(atomic_write(&f.path, &f.data).is_ok()));
    }
    Ok(Value::Bool(true))
}

pub fn file_bin_rewrite(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let f = file(vm, args, "file_bin_rewrite")?;
    if f.mode == 0 {
        return Err(Error::msg(
            "file_bin_rewrite: the file was opened for reading only",
        ));
    }
    f.data.clear();
    f.pos = 0;
    f.dirty = true;
    Ok(Value::Undefined)
}

pub fn file_bin_size(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let f = file(vm, args, "file_bin_size")?;
    Ok(Value::Real(f.data.len() as f64))
}

pub fn file_bin_position(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let f = file(vm, args, "file_bin_position")?;
    Ok(Value::Real(f.pos as f64))
}

pub fn file_bin_seek(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let to = int(args, 1)?;
    let f = file(vm, args, "file_bin_seek")?;
    f.pos = to.clamp(0, i32::MAX as i64) as usize;
    Ok(Value::Undefined)
}

pub fn file_bin_write_byte(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let byte = (int(args, 1)? & 0xff) as u8;
    let f = file(vm, args, "file_bin_write_byte")?;
    if f.mode == 0 {
        return Err(Error::msg(
            "file_bin_write_byte: the file was opened for reading only",
        ));
    }
    if f.pos >= f.data.len() {
        f.data.resize(f.pos, 0);
        f.data.push(byte);
    } else {
        f.data[f.pos] = byte;
    }
    f.pos += 1;
    f.dirty = true;
    Ok(Value::Undefined)
}

/// Reading at or past the end gives 0 (the position does not move).
pub fn file_bin_read_byte(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let f = file(vm, args, "file_bin_read_byte")?;
    match f.data.get(f.pos) {
        Some(&b) => {
            f.pos += 1;
            Ok(Value::Real(b as f64))
        }
        None => Ok(Value::Real(0.0)),
    }
}
