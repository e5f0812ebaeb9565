//! Text files: the whole file is held in memory; files opened for writing or appending are
//! written to disk (atomically) by `file_text_close`. `file_text_writeln` writes "\r\n" as
//! GameMaker does; reading accepts "\r\n", "\n" and "\r".

use super::{alloc_slot, atomic_write, bad_handle, path_arg, slot_mut, take_slot};
use crate::builtins::args::*;
use crate::vm::error::{Error, Result};
use crate::vm::value::Value;
use crate::vm::Vm;
use std::path::PathBuf;

pub(crate) struct TextFile {
    content: String,
    /// Byte position of the reader.
    pos: usize,
    /// `Some` for files opened for writing/appending: where `close` writes them.
    write_to: Option<PathBuf>,
}

fn open(vm: &mut Vm, f: TextFile) -> Value {
    match alloc_slot(&mut vm.files.text, f) {
        Some(id) => Value::Real(id as f64),
        None => Value::Real(-1.0),
    }
}

pub fn file_text_open_read(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let p = super::read_path_arg(vm, args, 0)?;
    match std::fs::read(&p) {
        Ok(bytes) if p.is_file() => {
            let mut content = String::from_utf8_lossy(&bytes).into_owned();
            if content.starts_with('\u{feff}') {
                content.drain(..3);
            }
            Ok(open(
                vm,
                TextFile {
                    content,
                    pos: 0,
                    write_to: None,
                },
            ))
        }
        _ => Ok(Value::Real(-1.0)),
    }
}

pub fn file_text_open_write(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let p = path_arg(vm, args, 0)?;
    if p.is_dir() {
        return Ok(Value::Real(-1.0));
    }
    Ok(open(
        vm,
        TextFile {
            content: String::new(),
            pos: 0,
            write_to: Some(p),
        },
    ))
}

pub fn file_text_open_append(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let p = path_arg(vm, args, 0)?;
    if p.is_dir() {
        return Ok(Value::Real(-1.0));
    }
    let content = std::fs::read(&p)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default();
    let pos = content.len();
    Ok(open(
        vm,
        TextFile {
            content,
            pos,
            write_to: Some(p),
        },
    ))
}

pub fn file_text_open_from_string(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = string(args, 0)?.to_owned();
    Ok(open(
        vm,
        TextFile {
            content: s,
            pos: 0,
            write_to: None,
        },
    ))
}

pub fn file_text_close(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let id = int(args, 0)?;
    let Some(f) = take_slot(&mut vm.files.text, id) else {
        return Ok(Value::Bool(false));
    };
    if let Some(path) = f.write_to {
        return Ok(Value::Bool(
            atomic_write(&path, f.content.as_bytes()).is_ok(),
        ));
    }
    Ok(Value::Bool(true))
}

fn file<'a>(vm: &'a mut Vm, args: &[Value], func: &str) -> Result<&'a mut TextFile> {
    let id = int(args, 0)?;
    slot_mut(&mut vm.files.text, id).ok_or_else(|| bad_handle(func, "text", id))
}

fn writable<'a>(vm: &'a mut Vm, args: &[Value], func: &str) -> Result<&'a mut TextFile> {
    let f = file(vm, args, func)?;
    if f.write_to.is_none() {
        return Err(Error::msg(format!(
            "{func}: the file was not opened for writing"
        )));
    }
    Ok(f)
}

fn is_nl(c: u8) -> bool {
    c == b'\r' || c == b'\n'
}

pub fn file_text_read_string(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let f = file(vm, args, "file_text_read_string")?;
    let b = f.content.as_bytes();
    let start = f.pos.min(b.len());
    let mut end = start;
    while end < b.len() && !is_nl(b[end]) {
        end += 1;
    }
    f.pos = end;
    Ok(Value::str(&f.content[start..end]))
}

pub fn file_text_read_real(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let f = file(vm, args, "file_text_read_real")?;
    let b = f.content.as_bytes();
    let mut i = f.pos.min(b.len());
    while i < b.len() && (b[i] as char).is_ascii_whitespace() {
        i += 1;
    }
    f.pos = i;
    let rest = &f.content[i..];
    // A plain decimal number: sign, digits, fraction, exponent.
    let rb = rest.as_bytes();
    let mut j = 0;
    if j < rb.len() && (rb[j] == b'-' || rb[j] == b'+') {
        j += 1;
    }
    let digits_start = j;
    while j < rb.len() && (rb[j].is_ascii_digit() || rb[j] == b'.') {
        j += 1;
    }
    if j > digits_start && j < rb.len() && (rb[j] == b'e' || rb[j] == b'E') {
        let mut k = j + 1;
        if k < rb.len() && (rb[k] == b'-' || rb[k] == b'+') {
            k += 1;
        }
        if k < rb.len() && rb[k].is_ascii_digit() {
            while k < rb.len() && rb[k].is_ascii_digit() {
                k += 1;
            }
            j = k;
        }
    }
    let mut num = &rest[..j];
    // Trim to the longest prefix that parses ("1.2.3" reads 1.2).
    let mut value = None;
    while !num.is_empty() {
        if let Ok(v) = num.parse::<f64>() {
            value = Some(v);
            break;
        }
        num = &num[..num.len() - 1];
    }
    f.pos = i + num.len();
    Ok(Value::Real(value.unwrap_or(0.0)))
}

pub fn file_text_readln(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let f = file(vm, args, "file_text_readln")?;
    let b = f.content.as_bytes();
    let start = f.pos.min(b.len());
    let mut end = start;
    while end < b.len() && !is_nl(b[end]) {
        end += 1;
    }
    if end < b.len() {
        if b[end] == b'\r' && end + 1 < b.len() && b[end + 1] == b'\n' {
            end += 2;
        } else {
            end += 1;
        }
    }
    f.pos = end;
    Ok(Value::str(&f.content[start..end]))
}

pub fn file_text_write_string(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = match arg(args, 1) {
        Value::Str(s) => s.to_string(),
        v => {
            let v = v.clone();
            vm.stringify(&v)?
        }
    };
    let f = writable(vm, args, "file_text_write_string")?;
    f.content.push_str(&s);
    f.pos = f.content.len();
    Ok(Value::Undefined)
}

/// C's `%g` (6 significant digits), which is how GameMaker writes reals to text files.
pub(crate) fn format_g(v: f64) -> String {
    if v.is_nan() {
        return "nan".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if v == 0.0 {
        return if v.is_sign_negative() { "-0" } else { "0" }.into();
    }
    let e = format!("{:.5e}", v);
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let strip = |s: &str| -> String {
        if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            s.to_string()
        }
    };
    if !(-4..6).contains(&exp) {
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{}e{}{:02}", strip(mant), sign, exp.abs())
    } else {
        let decimals = (5 - exp).max(0) as usize;
        strip(&format!("{:.*}", decimals, v))
    }
}

pub fn file_text_write_real(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let v = real(args, 1)?;
    let f = writable(vm, args, "file_text_write_real")?;
    f.content.push_str(&format_g(v));
    f.pos = f.content.len();
    Ok(Value::Undefined)
}

pub fn file_text_writeln(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let f = writable(vm, args, "file_text_writeln")?;
    f.content.push_str("\r\n");
    f.pos = f.content.len();
    Ok(Value::Undefined)
}

pub fn file_text_eof(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let f = file(vm, args, "file_text_eof")?;
    Ok(Value::Bool(f.pos >= f.content.len()))
}

pub fn file_text_eoln(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let f = file(vm, args, "file_text_eoln")?;
    let b = f.content.as_bytes();
    Ok(Value::Bool(f.pos >= b.len() || is_nl(b[f.pos])))
}
