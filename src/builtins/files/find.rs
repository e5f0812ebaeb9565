//! `file_find_first/next/close`: the mask is a path whose last part may hold `*` and `?`
//! wildcards (`*.*` matches every name, as on Windows). Names come back without their folder,
//! sorted; directories only with `fa_directory`, dot-files only with `fa_hidden`.

use super::resolve_path;
use crate::builtins::args::*;
use crate::vm::error::Result;
use crate::vm::value::Value;
use crate::vm::Vm;

pub(crate) struct FindState {
    names: Vec<String>,
    next: usize,
}

const FA_HIDDEN: i64 = 2;
const FA_DIRECTORY: i64 = 16;

/// Wildcard match, case-sensitive (the save directory is on a case-sensitive file system).
pub(crate) fn wild_match(pat: &[char], name: &[char]) -> bool {
    if pat.is_empty() {
        return name.is_empty();
    }
    match pat[0] {
        '*' => (0..=name.len()).any(|i| wild_match(&pat[1..], &name[i..])),
        '?' => !name.is_empty() && wild_match(&pat[1..], &name[1..]),
        c => !name.is_empty() && name[0] == c && wild_match(&pat[1..], &name[1..]),
    }
}

fn matches(pattern: &str, name: &str) -> bool {
    if pattern == "*.*" || pattern == "*" {
        return true;
    }
    let p: Vec<char> = pattern.chars().collect();
    let n: Vec<char> = name.chars().collect();
    // Windows treats "x.*" as also matching "x".
    if wild_match(&p, &n) {
        return true;
    }
    if let Some(stem) = pattern.strip_suffix(".*") {
        let p: Vec<char> = stem.chars().collect();
        return !name.contains('.') && wild_match(&p, &n);
    }
    false
}

pub fn file_find_first(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let mask = string(args, 0)?.replace('\\', "/");
    let attr = int(args, 1)?;
    let (dir, pattern) = match mask.rfind('/') {
        Some(i) => (&mask[..i + 1], &mask[i + 1..]),
        None => ("", mask.as_str()),
    };
    let dir_path = resolve_path(vm, if dir.is_empty() { "." } else { dir })?;
    let mut names = Vec::new();
    if let Ok(rd) = std::fs::read_dir(&dir_path) {
        for entry in rd.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            // Temporary files of in-flight atomic saves are never shown.
            if name.starts_with('.') && name.ends_with(".tmp") {
                continue;
            }
            if name.starts_with('.') && attr & FA_HIDDEN == 0 {
                continue;
            }
            let is_dir = entry.path().is_dir();
            if is_dir && attr & FA_DIRECTORY == 0 {
                continue;
            }
            if matches(pattern, &name) {
                names.push(name);
            }
        }
    }
    names.sort();
    let first = names.first().cloned().unwrap_or_default();
    vm.files.find = Some(FindState { names, next: 1 });
    Ok(Value::string(first))
}

pub fn file_find_next(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    let Some(st) = vm.files.find.as_mut() else {
        return Ok(Value::str(""));
    };
    let name = st.names.get(st.next).cloned().unwrap_or_default();
    st.next += 1;
    Ok(Value::string(name))
}

pub fn file_find_close(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    vm.files.find = None;
    Ok(Value::Undefined)
}
