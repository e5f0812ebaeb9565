//! Saving and loading buffers: the synchronous functions (atomic saves) and the async ones,
//! which hand their work to the async engine (`vm.async_io`). Async saves copy the bytes at the
//! call; async loads remember where the bytes go until `BufferStore::complete_load`.
//! Async files live in a folder of the save directory: `default/` without a group, `name/`
//! inside a `buffer_async_group_begin(name)` group (loads fall back to the bare name).

use super::{buf, buf_mut, BufferStore};
use crate::builtins::args::*;
use crate::builtins::files::{atomic_write, resolve_path, save_root};
use crate::runtime::async_io::{FileRead, FileWrite};
use crate::vm::error::{Error, Result};
use crate::vm::value::Value;
use crate::vm::Vm;
use std::path::PathBuf;

/// The folder of the save area that async saves outside a group go to (GameMaker's "default").
pub const DEFAULT_FOLDER: &str = "default";

/// An open `buffer_async_group_begin` .. `buffer_async_group_end` group.
pub struct AsyncGroup {
    pub name: String,
    pub writes: Vec<FileWrite>,
    pub reads: Vec<FileRead>,
    pub targets: Vec<(i64, usize)>,
}

/// A fresh async request id, from the async engine's counter shared by every async function.
fn next_async_id(vm: &mut Vm) -> i64 {
    vm.async_io.next_id()
}

fn save_file(vm: &Vm, name: &str, data: &[u8]) -> Result<()> {
    let path = resolve_path(vm, name)?;
    // GameMaker reports nothing on a failed save; a write error is not a GML error.
    let _ = atomic_write(&path, data);
    Ok(())
}

pub fn buffer_save(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let name = string(args, 1)?;
    let data = buf(vm, args, 0, "buffer_save")?.data.clone();
    save_file(vm, name, &data)?;
    Ok(Value::Undefined)
}

pub fn buffer_save_ext(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let name = string(args, 1)?;
    let b = buf(vm, args, 0, "buffer_save_ext")?;
    let (s, e) = b.range(int(args, 2)?, int(args, 3)?);
    let data = b.data[s..e].to_vec();
    save_file(vm, name, &data)?;
    Ok(Value::Undefined)
}

fn read_file(vm: &Vm, args: &[Value], i: usize) -> Result<Option<Vec<u8>>> {
    let path = crate::builtins::files::resolve_read(vm, string(args, i)?)?;
    let Some(meta) = std::fs::metadata(&path).ok().filter(|m| m.is_file()) else {
        return Ok(None);
    };
    crate::vm::memory::reserve(vm.current_native, meta.len())?;
    Ok(std::fs::read(&path).ok())
}

pub fn buffer_load(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(match read_file(vm, args, 0)? {
        Some(data) => Value::Real(vm.buffers.create_from(data) as f64),
        None => Value::Real(-1.0),
    })
}

pub fn buffer_load_ext(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let offset = int(args, 2)?.max(0) as usize;
    buf(vm, args, 0, "buffer_load_ext")?;
    if let Some(data) = read_file(vm, args, 1)? {
        buf_mut(vm, args, 0, "buffer_load_ext")?.write_at(offset, &data);
    }
    Ok(Value::Undefined)
}

/// `buffer_load_partial(buffer, filename, src_offset, src_len, dest_offset)`: `src_len` of 0 or
/// less loads to the end of the file.
pub fn buffer_load_partial(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let src_off = int(args, 2)?.max(0) as usize;
    let src_len = int(args, 3)?;
    let dest = int(args, 4)?.max(0) as usize;
    buf(vm, args, 0, "buffer_load_partial")?;
    if let Some(data) = read_file(vm, args, 1)? {
        let start = src_off.min(data.len());
        let end = if src_len <= 0 {
            data.len()
        } else {
            start.saturating_add(src_len as usize).min(data.len())
        };
        buf_mut(vm, args, 0, "buffer_load_partial")?.write_at(dest, &data[start..end]);
    }
    Ok(Value::Undefined)
}

/// The file an async call names. As GameMaker does on desktop, async files live in a folder of
/// the save area: `default/` outside a group, the group's name inside one. A load whose file is
/// not there falls back to the bare name, so files written by `buffer_save` load too.
fn async_path(vm: &Vm, name: &str, load: bool) -> Result<PathBuf> {
    let bare = resolve_path(vm, name)?;
    let root = save_root(vm);
    let rel = bare.strip_prefix(&root).unwrap_or(&bare).to_path_buf();
    let folder = match &vm.buffers.group {
        Some(g) => g.name.clone(),
        None => DEFAULT_FOLDER.to_string(),
    };
    let foldered = resolve_path(vm, &format!("{folder}/{}", rel.to_string_lossy()))?;
    if load && !foldered.is_file() {
        // Not saved asynchronously: the bare name, in the save directory or the included files.
        let read = crate::builtins::files::resolve_read(vm, name)?;
        if read.is_file() {
            return Ok(read);
        }
    }
    Ok(foldered)
}

pub fn buffer_save_async(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let name = string(args, 1)?;
    let b = buf(vm, args, 0, "buffer_save_async")?;
    let (s, e) = b.range(int(args, 2)?, int(args, 3)?);
    let data = b.data[s..e].to_vec();
    let path = async_path(vm, name, false)?;
    // The folder (a group's, or one named in the path) exists before the engine writes into it.
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let write = FileWrite {
        path,
        data,
        offset: 0,
    };
    let id = next_async_id(vm);
    match vm.buffers.group.as_mut() {
        Some(g) => g.writes.push(write),
        None => vm.async_io.save(id, vec![write]),
    }
    Ok(Value::Real(id as f64))
}

pub fn buffer_load_async(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let target = int(args, 0)?;
    let name = string(args, 1)?;
    let offset = int(args, 2)?.max(0) as usize;
    let size = int(args, 3)?;
    buf(vm, args, 0, "buffer_load_async")?;
    let path = async_path(vm, name, true)?;
    let read = FileRead {
        path,
        offset: 0,
        size: if size < 0 { None } else { Some(size as u64) },
    };
    let id = next_async_id(vm);
    match vm.buffers.group.as_mut() {
        Some(g) => {
            g.reads.push(read);
            g.targets.push((target, offset));
        }
        None => {
            vm.buffers.pending_loads.insert(id, vec![(target, offset)]);
            vm.async_io.load(id, vec![read]);
        }
    }
    Ok(Value::Real(id as f64))
}

pub fn buffer_async_group_begin(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let name = string(args, 0)?.to_owned();
    if vm.buffers.group.is_some() {
        return Err(Error::msg(
            "buffer_async_group_begin: a group is already open (call buffer_async_group_end first)",
        ));
    }
    // Refuse a group name that would put files outside the sandbox now, not at group_end.
    resolve_path(vm, &name)?;
    vm.buffers.group = Some(AsyncGroup {
        name,
        writes: Vec::new(),
        reads: Vec::new(),
        targets: Vec::new(),
    });
    Ok(Value::Undefined)
}

/// Console-only options in GameMaker; accepted and ignored on desktop.
pub fn buffer_async_group_option(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    string(args, 0)?;
    if vm.buffers.group.is_none() {
        return Err(Error::msg(
            "buffer_async_group_option: no group is open (call buffer_async_group_begin first)",
        ));
    }
    Ok(Value::Undefined)
}

pub fn buffer_async_group_end(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    let Some(g) = vm.buffers.group.take() else {
        return Err(Error::msg(
            "buffer_async_group_end: no group is open (call buffer_async_group_begin first)",
        ));
    };
    if !g.writes.is_empty() && !g.reads.is_empty() {
        return Err(Error::msg(
            "buffer_async_group_end: a group may save or load, not both",
        ));
    }
    let id = next_async_id(vm);
    if g.reads.is_empty() {
        vm.async_io.save(id, g.writes);
    } else {
        vm.buffers.pending_loads.insert(id, g.targets);
        vm.async_io.load(id, g.reads);
    }
    Ok(Value::Real(id as f64))
}

impl BufferStore {
    /// Called by the frame loop when a `Completion::Load` arrives: writes each read into the
    /// buffer and offset recorded at the call. The status for `async_load`: false if any read
    /// failed or a target buffer no longer exists.
    pub fn complete_load(&mut self, id: i64, reads: Vec<Option<Vec<u8>>>) -> bool {
        let Some(targets) = self.pending_loads.remove(&id) else {
            return false;
        };
        let mut ok = reads.len() == targets.len();
        for ((buffer, offset), read) in targets.into_iter().zip(reads) {
            match (read, self.slots.get_mut(buffer)) {
                (Some(bytes), Some(b)) => b.write_at(offset, &bytes),
                _ => ok = false,
            }
        }
        ok
    }
}
