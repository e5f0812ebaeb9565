//! INI files: one open at a time, held in memory; `ini_close` returns the text and writes it
//! back (atomically) only if something was written. Values are written quoted (`key="value"`),
//! reals with six decimals, lines end in "\r\n"; reading strips the quotes. Sections and keys
//! are case-sensitive and keep their first-written order.

use super::{atomic_write, path_arg};
use crate::builtins::args::*;
use crate::vm::error::{Error, Result};
use crate::vm::value::Value;
use crate::vm::Vm;
use std::path::PathBuf;

#[derive(Default)]
pub(crate) struct Ini {
    sections: Vec<(String, Vec<(String, String)>)>,
    path: Option<PathBuf>,
    dirty: bool,
}

impl Ini {
    pub(crate) fn parse(text: &str) -> Ini {
        let mut ini = Ini::default();
        let mut current: Option<usize> = None;
        for raw in text.lines() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with(';') || line.starts_with('#') {
                continue;
            }
            if let Some(rest) = line.strip_prefix('[') {
                let name = rest.split(']').next().unwrap_or("").trim().to_string();
                current = Some(ini.section_index_or_add(&name));
                continue;
            }
            let Some(sec) = current else { continue };
            let Some((k, v)) = line.split_once('=') else {
                continue;
            };
            let k = k.trim().to_string();
            let mut v = v.trim();
            if v.len() >= 2 && v.starts_with('"') && v.ends_with('"') {
                v = &v[1..v.len() - 1];
            }
            let keys = &mut ini.sections[sec].1;
            match keys.iter_mut().find(|(kk, _)| *kk == k) {
                Some(e) => e.1 = v.to_string(),
                None => keys.push((k, v.to_string())),
            }
        }
        ini
    }

    fn section_index_or_add(&mut self, name: &str) -> usize {
        match self.sections.iter().position(|(n, _)| n == name) {
            Some(i) => i,
            None => {
                self.sections.push((name.to_string(), Vec::new()));
                self.sections.len() - 1
            }
        }
    }

    pub(crate) fn get(&self, section: &str, key: &str) -> Option<&str> {
        self.sections
            .iter()
            .find(|(n, _)| n == section)
            .and_then(|(_, keys)| keys.iter().find(|(k, _)| k == key))
            .map(|(_, v)| v.as_str())
    }

    pub(crate) fn set(&mut self, section: &str, key: &str, value: String) {
        let i = self.section_index_or_add(section);
        let keys = &mut self.sections[i].1;
        match keys.iter_mut().find(|(k, _)| k == key) {
            Some(e) => e.1 = value,
            None => keys.push((key.to_string(), value)),
        }
        self.dirty = true;
    }

    pub(crate) fn to_text(&self) -> String {
        let mut out = String::new();
        for (name, keys) in &self.sections {
            out.push('[');
            out.push_str(name);
            out.push_str("]\r\n");
            for (k, v) in keys {
                out.push_str(k);
                out.push_str("=\"");
                out.push_str(v);
                out.push_str("\"\r\n");
            }
        }
        out
    }
}

/// Closes the open INI (writing it if changed); returns its text.
fn close_current(vm: &mut Vm) -> Option<String> {
    let ini = vm.files.ini.take()?;
    let text = ini.to_text();
    if ini.dirty {
        if let Some(p) = &ini.path {
            let _ = atomic_write(p, text.as_bytes());
        }
    }
    Some(text)
}

fn open_ini<'a>(vm: &'a mut Vm, func: &str) -> Result<&'a mut Ini> {
    vm.files
        .ini
        .as_mut()
        .ok_or_else(|| Error::msg(format!("{func}: no INI file is open (call ini_open first)")))
}

pub fn ini_open(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let path = path_arg(vm, args, 0)?;
    let read_from = super::read_path_arg(vm, args, 0)?;
    close_current(vm);
    let text = std::fs::read(&read_from)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default();
    let mut ini = Ini::parse(&text);
    ini.path = Some(path);
    vm.files.ini = Some(ini);
    Ok(Value::Undefined)
}

pub fn ini_open_from_string(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let text = string(args, 0)?.to_owned();
    close_current(vm);
    vm.files.ini = Some(Ini::parse(&text));
    Ok(Value::Undefined)
}

pub fn ini_close(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    Ok(Value::string(close_current(vm).unwrap_or_default()))
}

fn text_arg(vm: &mut Vm, args: &[Value], i: usize) -> Result<String> {
    match arg(args, i) {
        Value::Str(s) => Ok(s.to_string()),
        v => {
            let v = v.clone();
            vm.stringify(&v)
        }
    }
}

pub fn ini_read_string(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let section = text_arg(vm, args, 0)?;
    let key = text_arg(vm, args, 1)?;
    let ini = open_ini(vm, "ini_read_string")?;
    Ok(match ini.get(&section, &key) {
        Some(v) => Value::str(v),
        None => arg(args, 2).clone(),
    })
}

pub fn ini_read_real(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let section = text_arg(vm, args, 0)?;
    let key = text_arg(vm, args, 1)?;
    let ini = open_ini(vm, "ini_read_real")?;
    let found = ini.get(&section, &key).map(str::to_owned);
    Ok(match found {
        Some(v) => match crate::vm::ops::parse_number_prefix(&v) {
            Some((n, _)) => Value::Real(n),
            None => Value::Real(0.0),
        },
        None => Value::Real(real(args, 2)?),
    })
}

pub fn ini_write_string(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let section = text_arg(vm, args, 0)?;
    let key = text_arg(vm, args, 1)?;
    let value = text_arg(vm, args, 2)?;
    open_ini(vm, "ini_write_string")?.set(&section, &key, value);
    Ok(Value::Undefined)
}

pub fn ini_write_real(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let section = text_arg(vm, args, 0)?;
    let key = text_arg(vm, args, 1)?;
    let v = real(args, 2)?;
    open_ini(vm, "ini_write_real")?.set(&section, &key, format!("{v:.6}"));
    Ok(Value::Undefined)
}

pub fn ini_key_exists(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let section = text_arg(vm, args, 0)?;
    let key = text_arg(vm, args, 1)?;
    let ini = open_ini(vm, "ini_key_exists")?;
    Ok(Value::Bool(ini.get(&section, &key).is_some()))
}

pub fn ini_section_exists(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let section = text_arg(vm, args, 0)?;
    let ini = open_ini(vm, "ini_section_exists")?;
    Ok(Value::Bool(ini.sections.iter().any(|(n, _)| *n == section)))
}

pub fn ini_key_delete(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let section = text_arg(vm, args, 0)?;
    let key = text_arg(vm, args, 1)?;
    let ini = open_ini(vm, "ini_key_delete")?;
    if let Some((_, keys)) = ini.sections.iter_mut().find(|(n, _)| *n == section) {
        let before = keys.len();
        keys.retain(|(k, _)| *k != key);
        if keys.len() != before {
            ini.dirty = true;
        }
    }
    Ok(Value::Undefined)
}

pub fn ini_section_delete(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let section = text_arg(vm, args, 0)?;
    let ini = open_ini(vm, "ini_section_delete")?;
    let before = ini.sections.len();
    ini.sections.retain(|(n, _)| *n != section);
    if ini.sections.len() != before {
        ini.dirty = true;
    }
    Ok(Value::Undefined)
}
