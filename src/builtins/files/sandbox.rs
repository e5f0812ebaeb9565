//! The save-directory sandbox (DESIGN.md section 6): every path a script gives resolves inside
//! `vm.files.save_dir`; anything that escapes it is refused with a runtime error naming the path.
//! Writes are atomic: a temporary file in the same directory, then a rename.

use crate::vm::error::{Error, Result};
use crate::vm::Vm;
use std::path::{Component, Path, PathBuf};

/// The save directory as an absolute, canonical path (when it exists).
pub fn save_root(vm: &Vm) -> PathBuf {
    root_of(&vm.files.save_dir)
}

fn root_of(dir: &Path) -> PathBuf {
    // The sandbox root always exists, so its canonical form never changes under a script.
    if !dir.exists() {
        let _ = std::fs::create_dir_all(dir);
    }
    if let Ok(c) = std::fs::canonicalize(dir) {
        return c;
    }
    std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf())
}

/// The save directory as GameMaker shows it: absolute, `/` separators, trailing slash.
pub fn root_string(vm: &Vm) -> String {
    let mut s = save_root(vm).to_string_lossy().replace('\\', "/");
    if !s.ends_with('/') {
        s.push('/');
    }
    s
}

fn refuse(path: &str, why: &str) -> Error {
    Error::msg(format!(
        "File path \"{path}\" is outside the save directory ({why}); the file sandbox refuses it"
    ))
}

/// Resolves a script-given path inside the save directory. Accepts relative paths (with `/` or
/// `\` separators) and paths that begin with `working_directory`/`game_save_id`; refuses absolute
/// paths elsewhere, `..` past the root, and symlinks that lead outside.
pub fn resolve_path(vm: &Vm, path: &str) -> Result<PathBuf> {
    resolve_in(&vm.files.save_dir, path)
}

/// Resolves a path to read from: the save directory first, then the project's included files
/// (`datafiles/`), as GameMaker reads its bundle. When neither has the file, the save-directory
/// path (so the caller reports it missing as usual).
pub fn resolve_read(vm: &Vm, path: &str) -> Result<PathBuf> {
    let saved = resolve_path(vm, path)?;
    if saved.exists() {
        return Ok(saved);
    }
    if let Some(bundle) = &vm.files.bundle_dir {
        // The resolved path is inside the save root and has no `..`: the same relative path
        // inside the bundle.
        if let Ok(rel) = saved.strip_prefix(save_root(vm)) {
            let in_bundle = bundle.join(rel);
            if in_bundle.exists() {
                return Ok(in_bundle);
            }
        }
    }
    Ok(saved)
}

pub(crate) fn resolve_in(save_dir: &Path, path: &str) -> Result<PathBuf> {
    if path.contains('\0') {
        return Err(refuse(path, "it contains a NUL character"));
    }
    let root = root_of(save_dir);
    let norm = path.replace('\\', "/");
    let mut root_s = root.to_string_lossy().replace('\\', "/");
    let rest: &str = if root_s == "/" {
        // A save dir at the file-system root: every absolute path is inside it.
        norm.trim_start_matches('/')
    } else {
        let bare = root_s.clone();
        root_s.push('/');
        if let Some(r) = norm.strip_prefix(root_s.as_str()) {
            r
        } else if norm == bare {
            ""
        } else {
            let b = norm.as_bytes();
            let drive = b.len() >= 2 && b[1] == b':' && b[0].is_ascii_alphabetic();
            if norm.starts_with('/') || drive {
                return Err(refuse(path, "absolute path"));
            }
            norm.as_str()
        }
    };
    let mut parts: Vec<&str> = Vec::new();
    for comp in rest.split('/') {
        match comp {
            "" | "." => {}
            ".." => {
                if parts.pop().is_none() {
                    return Err(refuse(path, "'..' goes above its root"));
                }
            }
            c => parts.push(c),
        }
    }
    let mut full = root.clone();
    for p in &parts {
        full.push(p);
    }
    // Symlinks: the deepest existing ancestor (the path itself included) must canonicalize to
    // somewhere inside the root; a dangling symlink is refused outright.
    let mut probe = full.clone();
    loop {
        if let Ok(meta) = std::fs::symlink_metadata(&probe) {
            match std::fs::canonicalize(&probe) {
                Ok(c) => {
                    if !c.starts_with(&root) {
                        return Err(refuse(path, "a symbolic link leads outside"));
                    }
                }
                Err(_) => {
                    if meta.file_type().is_symlink() {
                        return Err(refuse(path, "a dangling symbolic link"));
                    }
                }
            }
            break;
        }
        if probe == root || !probe.pop() {
            break;
        }
    }
    debug_assert!(full
        .components()
        .all(|c| !matches!(c, Component::ParentDir)));
    Ok(full)
}

/// Writes `data` to `path` atomically: a temporary file beside it (created exclusively under an
/// unpredictable name, see `TempFile`), flushed, then renamed over it. Missing parent
/// directories are created (they are inside the sandbox: `path` was resolved).
pub fn atomic_write(path: &Path, data: &[u8]) -> std::io::Result<()> {
    crate::runtime::async_io::files::write_atomic(path, 0, data)
}
