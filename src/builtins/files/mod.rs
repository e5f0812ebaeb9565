//! File handling (manual: File_Handling): the file system functions, text files, binary files,
//! INI files, file find, path-name helpers and the directory variables. Every path goes through
//! the save-directory sandbox (`sandbox::resolve_path`).

mod bin;
mod csv;
mod find;
mod ini;
pub mod sandbox;
mod text;

use super::args::*;
use super::{Builtin, ConstValue, Constant};
use crate::vm::error::{Error, Result};
use crate::vm::value::Value;
use crate::vm::Vm;
use std::path::PathBuf;

pub use sandbox::{atomic_write, resolve_path, resolve_read, root_string, save_root};

/// Most files a script may have open at once of each kind (text, binary), as in GameMaker.
pub const MAX_OPEN_FILES: usize = 32;

pub struct FileStore {
    /// The sandbox root (`--save-dir`; default the current directory).
    pub save_dir: PathBuf,
    /// A project's included files (`datafiles/`): read when the save directory lacks a file,
    /// never written.
    pub bundle_dir: Option<PathBuf>,
    text: Vec<Option<text::TextFile>>,
    bin: Vec<Option<bin::BinFile>>,
    find: Option<find::FindState>,
    ini: Option<ini::Ini>,
}

impl Default for FileStore {
    fn default() -> Self {
        FileStore {
            save_dir: PathBuf::from("."),
            bundle_dir: None,
            text: Vec::new(),
            bin: Vec::new(),
            find: None,
            ini: None,
        }
    }
}

/// The directory built-in variables. `working_directory`, `game_save_id` and `program_directory`
/// are the save directory (trailing slash); `temp_directory` and `cache_directory` are folders
/// inside it, so everything a script writes stays in the sandbox.
pub fn builtin_path_var(vm: &Vm, name: &str) -> Option<String> {
    let root = root_string(vm);
    match name {
        "working_directory" | "game_save_id" | "program_directory" => Some(root),
        "temp_directory" => Some(format!("{root}temp/")),
        "cache_directory" => Some(format!("{root}cache/")),
        _ => None,
    }
}

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("file_exists", 1, 1, file_exists),
    Builtin::new("load_csv", 1, 1, csv::load_csv),
    Builtin::new("file_delete", 1, 1, file_delete),
    Builtin::new("file_rename", 2, 2, file_rename),
    Builtin::new("file_copy", 2, 2, file_copy),
    Builtin::new("file_attributes", 2, 2, file_attributes),
    Builtin::new("directory_create", 1, 1, directory_create),
    Builtin::new("directory_exists", 1, 1, directory_exists),
    Builtin::new("directory_destroy", 1, 1, directory_destroy),
    Builtin::new("md5_file", 1, 1, md5_file),
    Builtin::new("sha1_file", 1, 1, sha1_file),
    Builtin::new("filename_name", 1, 1, filename_name),
    Builtin::new("filename_path", 1, 1, filename_path),
    Builtin::new("filename_dir", 1, 1, filename_dir),
    Builtin::new("filename_drive", 1, 1, filename_drive),
    Builtin::new("filename_ext", 1, 1, filename_ext),
    Builtin::new("filename_change_ext", 2, 2, filename_change_ext),
    Builtin::new("file_find_first", 2, 2, find::file_find_first),
    Builtin::new("file_find_next", 0, 0, find::file_find_next),
    Builtin::new("file_find_close", 0, 0, find::file_find_close),
    Builtin::new("file_text_open_read", 1, 1, text::file_text_open_read),
    Builtin::new("file_text_open_write", 1, 1, text::file_text_open_write),
    Builtin::new("file_text_open_append", 1, 1, text::file_text_open_append),
    Builtin::new(
        "file_text_open_from_string",
        1,
        1,
        text::file_text_open_from_string,
    ),
    Builtin::new("file_text_close", 1, 1, text::file_text_close),
    Builtin::new("file_text_read_string", 1, 1, text::file_text_read_string),
    Builtin::new("file_text_read_real", 1, 1, text::file_text_read_real),
    Builtin::new("file_text_readln", 1, 1, text::file_text_readln),
    Builtin::new("file_text_write_string", 2, 2, text::file_text_write_string),
    Builtin::new("file_text_write_real", 2, 2, text::file_text_write_real),
    Builtin::new("file_text_writeln", 1, 1, text::file_text_writeln),
    Builtin::new("file_text_eof", 1, 1, text::file_text_eof),
    Builtin::new("file_text_eoln", 1, 1, text::file_text_eoln),
    Builtin::new("file_bin_open", 2, 2, bin::file_bin_open),
    Builtin::new("file_bin_rewrite", 1, 1, bin::file_bin_rewrite),
    Builtin::new("file_bin_close", 1, 1, bin::file_bin_close),
    Builtin::new("file_bin_size", 1, 1, bin::file_bin_size),
    Builtin::new("file_bin_position", 1, 1, bin::file_bin_position),
    Builtin::new("file_bin_seek", 2, 2, bin::file_bin_seek),
    Builtin::new("file_bin_write_byte", 2, 2, bin::file_bin_write_byte),
    Builtin::new("file_bin_read_byte", 1, 1, bin::file_bin_read_byte),
    Builtin::new("ini_open", 1, 1, ini::ini_open),
    Builtin::new("ini_open_from_string", 1, 1, ini::ini_open_from_string),
    Builtin::new("ini_close", 0, 0, ini::ini_close),
    Builtin::new("ini_read_string", 3, 3, ini::ini_read_string),
    Builtin::new("ini_read_real", 3, 3, ini::ini_read_real),
    Builtin::new("ini_write_string", 3, 3, ini::ini_write_string),
    Builtin::new("ini_write_real", 3, 3, ini::ini_write_real),
    Builtin::new("ini_key_exists", 2, 2, ini::ini_key_exists),
    Builtin::new("ini_section_exists", 1, 1, ini::ini_section_exists),
    Builtin::new("ini_key_delete", 2, 2, ini::ini_key_delete),
    Builtin::new("ini_section_delete", 1, 1, ini::ini_section_delete),
];

pub const CONSTANTS: &[Constant] = &[
    ("fa_none", ConstValue::Real(0.0)),
    ("fa_readonly", ConstValue::Real(1.0)),
    ("fa_hidden", ConstValue::Real(2.0)),
    ("fa_sysfile", ConstValue::Real(4.0)),
    ("fa_volumeid", ConstValue::Real(8.0)),
    ("fa_directory", ConstValue::Real(16.0)),
    ("fa_archive", ConstValue::Real(32.0)),
];

/// The path argument at `i`, resolved inside the sandbox.
pub(crate) fn path_arg(vm: &Vm, args: &[Value], i: usize) -> Result<PathBuf> {
    let p = string(args, i)?;
    resolve_path(vm, p)
}

/// The path argument at `i` for reading: the save directory, else the included files.
pub(crate) fn read_path_arg(vm: &Vm, args: &[Value], i: usize) -> Result<PathBuf> {
    resolve_read(vm, string(args, i)?)
}

fn file_exists(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let p = read_path_arg(vm, args, 0)?;
    Ok(Value::Bool(p.is_file()))
}

fn file_delete(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let p = path_arg(vm, args, 0)?;
    Ok(Value::Bool(p.is_file() && std::fs::remove_file(&p).is_ok()))
}

fn file_rename(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let from = path_arg(vm, args, 0)?;
    let to = path_arg(vm, args, 1)?;
    if !from.is_file() || to.exists() {
        return Ok(Value::Bool(false));
    }
    if let Some(dir) = to.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    Ok(Value::Bool(std::fs::rename(&from, &to).is_ok()))
}

fn file_copy(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let from = path_arg(vm, args, 0)?;
    let to = path_arg(vm, args, 1)?;
    // GameMaker: fails when the new name already exists.
    if from.is_file() && !to.exists() {
        if let Ok(data) = std::fs::read(&from) {
            let _ = atomic_write(&to, &data);
        }
    }
    Ok(Value::Undefined)
}

fn file_attributes(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let p = path_arg(vm, args, 0)?;
    let want = int(args, 1)?;
    let Ok(meta) = std::fs::metadata(&p) else {
        return Ok(Value::Bool(false));
    };
    let hidden = p
        .file_name()
        .map(|n| n.to_string_lossy().starts_with('.'))
        .unwrap_or(false);
    let mut have = 0;
    if meta.permissions().readonly() {
        have |= 1;
    }
    if hidden {
        have |= 2;
    }
    if meta.is_dir() {
        have |= 16;
    }
    Ok(Value::Bool(want & have == want))
}

fn directory_create(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let p = path_arg(vm, args, 0)?;
    let _ = std::fs::create_dir_all(&p);
    Ok(Value::Undefined)
}

fn directory_exists(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let p = path_arg(vm, args, 0)?;
    Ok(Value::Bool(p.is_dir()))
}

fn directory_destroy(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let p = path_arg(vm, args, 0)?;
    // The save directory itself is never removed, only directories inside it.
    if p.is_dir() && p != save_root(vm) {
        let _ = std::fs::remove_dir_all(&p);
    }
    Ok(Value::Undefined)
}

fn hash_file(vm: &Vm, args: &[Value], f: fn(&[u8]) -> String) -> Result<Value> {
    let p = path_arg(vm, args, 0)?;
    Ok(match std::fs::read(&p) {
        Ok(data) => Value::string(f(&data)),
        Err(_) => Value::str(""),
    })
}

fn md5_file(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    hash_file(vm, args, crate::builtins::buffers::md5_hex)
}

fn sha1_file(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    hash_file(vm, args, crate::builtins::buffers::sha1_hex)
}

/// Byte index of the last `/` or `\`.
fn last_sep(s: &str) -> Option<usize> {
    s.rfind(['/', '\\'])
}

fn filename_name(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = string(args, 0)?;
    Ok(Value::str(match last_sep(s) {
        Some(i) => &s[i + 1..],
        None => s,
    }))
}

fn filename_path(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = string(args, 0)?;
    Ok(Value::str(match last_sep(s) {
        Some(i) => &s[..i + 1],
        None => "",
    }))
}

fn filename_dir(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = string(args, 0)?;
    Ok(Value::str(match last_sep(s) {
        Some(i) => &s[..i],
        None => "",
    }))
}

fn filename_drive(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = string(args, 0)?;
    let b = s.as_bytes();
    if b.len() >= 2 && b[1] == b':' && b[0].is_ascii_alphabetic() {
        return Ok(Value::str(&s[..2]));
    }
    Ok(Value::str(""))
}

/// Byte index of the extension's dot in `s` (only within the name part), if any.
fn ext_start(s: &str) -> Option<usize> {
    let name_start = last_sep(s).map(|i| i + 1).unwrap_or(0);
    s[name_start..].rfind('.').map(|i| name_start + i)
}

fn filename_ext(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = string(args, 0)?;
    Ok(Value::str(match ext_start(s) {
        Some(i) => &s[i..],
        None => "",
    }))
}

fn filename_change_ext(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = string(args, 0)?;
    let ext = string(args, 1)?;
    let stem = match ext_start(s) {
        Some(i) => &s[..i],
        None => s,
    };
    Ok(Value::string(format!("{stem}{ext}")))
}

/// Slot helpers shared by the text and binary file tables: ids start at 1.
pub(crate) fn alloc_slot<T>(slots: &mut Vec<Option<T>>, item: T) -> Option<i64> {
    if let Some(i) = slots.iter().position(|s| s.is_none()) {
        slots[i] = Some(item);
        return Some(i as i64 + 1);
    }
    if slots.len() >= MAX_OPEN_FILES {
        return None;
    }
    slots.push(Some(item));
    Some(slots.len() as i64)
}

pub(crate) fn slot_mut<T>(slots: &mut [Option<T>], id: i64) -> Option<&mut T> {
    if id < 1 {
        return None;
    }
    slots.get_mut((id - 1) as usize).and_then(|s| s.as_mut())
}

pub(crate) fn take_slot<T>(slots: &mut [Option<T>], id: i64) -> Option<T> {
    if id < 1 {
        return None;
    }
    slots.get_mut((id - 1) as usize).and_then(|s| s.take())
}

pub(crate) fn bad_handle(func: &str, kind: &str, id: i64) -> Error {
    Error::msg(format!("{func}: illegal {kind} file handle {id}"))
}

#[cfg(test)]
mod tests;
