//! JSON (manual: File Handling > Encoding and Hashing, and the "Guide To Using JSON" page):
//! `json_stringify`/`json_parse` for structs and arrays, `json_encode`/`json_decode` for ds_maps
//! and ds_lists.
//!
//! Writing follows GameMaker's native runner: compact output (`{"a":1.0,"b":[true,null]}`), or
//! with `pretty` one member per line indented by two spaces (`"key":value`, no space after the
//! colon). Reals always carry a decimal point (`1.0`, `0.5`), with the shortest digits that read
//! back exactly, in exponent form (`1e+20`, `1.5e-07`) below 1e-4 and from 1e17 as C's `%g` does;
//! int32 values and int64 values that fit an int32 are written as integers, other int64 values as a real when exact, else as the string
//! `"@i64@<hex>$i64$"`. NaN and the infinities are written as the strings `"@@nan$$"`,
//! `"@@infinity$$"` and `"@@-infinity$$"`, handles as `"ref <kind> <index>"`, undefined and
//! `pointer_null` as null. Struct members holding methods are left out. A struct, array, map or
//! list met again inside itself is written as null.
//!
//! Reading accepts standard JSON plus trailing commas, nests at most 128 deep, turns numbers into
//! reals (an integer literal too large for an exact real becomes an int64), true/false into
//! bools, null into undefined, and converts the special strings above back (unless
//! `inhibit_string_convert`).

use super::args::{arg, boolean, string};
use super::ds::map::map_id;
use super::ds::{value_index, DsStore, Mark};
use super::{Builtin, Constant};
use crate::vm::error::{Error, Result};
use crate::vm::intern::Sym;
use crate::vm::value::{RefKind, StructObj, Value};
use crate::vm::Vm;
use std::fmt::Write;
use std::rc::Rc;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("json_stringify", 1, 3, json_stringify),
    Builtin::new("json_parse", 1, 3, json_parse),
    Builtin::new("json_encode", 1, 2, json_encode),
    Builtin::new("json_decode", 1, 1, json_decode),
];
pub const CONSTANTS: &[Constant] = &[];

const MAX_DEPTH: usize = 128;

/// Writing a value that nests deeper than `MAX_DEPTH` is an error, never a cut-short document.
fn too_deep() -> Error {
    Error::msg(format!(
        "json_stringify: the value nests more than {MAX_DEPTH} arrays or structs deep"
    ))
}

// ---- reading ----------------------------------------------------------------------------------

/// A parsed JSON document, before it becomes GML values or data structures.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Num(f64),
    /// An integer literal that a real cannot hold exactly.
    Int(i64),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

struct Parser<'a> {
    s: &'a [u8],
    pos: usize,
}

impl<'a> Parser<'a> {
    fn err(&self, problem: &str) -> String {
        let before = &self.s[..self.pos.min(self.s.len())];
        let line = before.iter().filter(|&&c| c == b'\n').count() + 1;
        let col = before.iter().rev().take_while(|&&c| c != b'\n').count() + 1;
        format!("{problem} at line {line}, column {col}")
    }
    fn unexpected(&self) -> String {
        match self.peek() {
            None => self.err("unexpected end of input"),
            Some(_) => {
                let text = std::str::from_utf8(&self.s[self.pos..]).unwrap_or("?");
                let c = text.chars().next().unwrap_or('?');
                self.err(&format!("unexpected character '{c}'"))
            }
        }
    }
    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }
    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }
    fn eat(&mut self, c: u8) -> bool {
        if self.peek() == Some(c) {
            self.pos += 1;
            true
        } else {
            false
        }
    }
    fn literal(&mut self, word: &str, v: Json) -> std::result::Result<Json, String> {
        if self.s[self.pos..].starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(v)
        } else {
            Err(self.unexpected())
        }
    }
    fn value(&mut self, depth: usize) -> std::result::Result<Json, String> {
        self.ws();
        match self.peek() {
            Some(b'{') => {
                if depth >= MAX_DEPTH {
                    return Err(self.err("nesting is deeper than 128 levels"));
                }
                self.pos += 1;
                let mut members = Vec::new();
                loop {
                    self.ws();
                    if self.eat(b'}') {
                        break;
                    }
                    if self.peek() != Some(b'"') {
                        return Err(self.unexpected());
                    }
                    let key = self.string()?;
                    self.ws();
                    if !self.eat(b':') {
                        return Err(self.unexpected());
                    }
                    let v = self.value(depth + 1)?;
                    members.push((key, v));
                    self.ws();
                    if self.eat(b',') {
                        continue;
                    }
                    if self.eat(b'}') {
                        break;
                    }
                    return Err(self.unexpected());
                }
                Ok(Json::Obj(members))
            }
            Some(b'[') => {
                if depth >= MAX_DEPTH {
                    return Err(self.err("nesting is deeper than 128 levels"));
                }
                self.pos += 1;
                let mut items = Vec::new();
                loop {
                    self.ws();
                    if self.eat(b']') {
                        break;
                    }
                    items.push(self.value(depth + 1)?);
                    self.ws();
                    if self.eat(b',') {
                        continue;
                    }
                    if self.eat(b']') {
                        break;
                    }
                    return Err(self.unexpected());
                }
                Ok(Json::Arr(items))
            }
            Some(b'"') => Ok(Json::Str(self.string()?)),
            Some(b't') => self.literal("true", Json::Bool(true)),
            Some(b'f') => self.literal("false", Json::Bool(false)),
            Some(b'n') => self.literal("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.unexpected()),
        }
    }
    fn digits(&mut self) -> usize {
        let start = self.pos;
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
        self.pos - start
    }
    fn number(&mut self) -> std::result::Result<Json, String> {
        let start = self.pos;
        self.eat(b'-');
        if self.digits() == 0 {
            return Err(self.unexpected());
        }
        let mut integral = true;
        if self.eat(b'.') {
            integral = false;
            if self.digits() == 0 {
                return Err(self.unexpected());
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            integral = false;
            self.pos += 1;
            if !self.eat(b'+') {
                self.eat(b'-');
            }
            if self.digits() == 0 {
                return Err(self.unexpected());
            }
        }
        let text = std::str::from_utf8(&self.s[start..self.pos]).unwrap_or("0");
        if integral {
            if let Ok(i) = text.parse::<i64>() {
                if i.unsigned_abs() > 1u64 << 53 {
                    return Ok(Json::Int(i));
                }
            }
        }
        text.parse::<f64>()
            .map(Json::Num)
            .map_err(|_| self.err("invalid number"))
    }
    fn hex4(&mut self) -> std::result::Result<u32, String> {
        let h = self
            .s
            .get(self.pos..self.pos + 4)
            .and_then(|b| std::str::from_utf8(b).ok())
            .and_then(|t| u32::from_str_radix(t, 16).ok())
            .ok_or_else(|| self.err("invalid \\u escape"))?;
        self.pos += 4;
        Ok(h)
    }
    fn string(&mut self) -> std::result::Result<String, String> {
        self.pos += 1; // opening quote
        let mut out = Vec::new();
        loop {
            let Some(c) = self.peek() else {
                return Err(self.err("unterminated string"));
            };
            self.pos += 1;
            match c {
                b'"' => break,
                b'\\' => {
                    let Some(e) = self.peek() else {
                        return Err(self.err("unterminated string"));
                    };
                    self.pos += 1;
                    let ch = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi)
                                && self.s[self.pos..].starts_with(b"\\u")
                            {
                                let save = self.pos;
                                self.pos += 2;
                                let lo = self.hex4()?;
                                if (0xDC00..0xE000).contains(&lo) {
                                    0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                                } else {
                                    self.pos = save;
                                    0xFFFD
                                }
                            } else {
                                hi
                            };
                            char::from_u32(code).unwrap_or('\u{FFFD}')
                        }
                        _ => {
                            self.pos -= 1;
                            return Err(self.err("invalid escape in string"));
                        }
                    };
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                }
                _ => out.push(c),
            }
        }
        Ok(String::from_utf8_lossy(&out).into_owned())
    }
}

/// Parses a whole JSON text; the error names the problem and where it is.
pub fn parse(text: &str) -> std::result::Result<Json, String> {
    let mut p = Parser {
        s: text.as_bytes(),
        pos: 0,
    };
    p.ws();
    if p.peek().is_none() {
        return Err(p.err("empty JSON string"));
    }
    let v = p.value(0)?;
    p.ws();
    if p.peek().is_some() {
        return Err(p.err(&format!(
            "unexpected {} after the JSON value",
            match p.unexpected().split(" at line").next() {
                Some(s) => s.trim_start_matches("unexpected ").to_string(),
                None => String::new(),
            }
        )));
    }
    Ok(v)
}

/// The GML value of a JSON string: the special encodings become NaN, infinities, int64 and
/// handles (unless `convert` is off).
fn string_value(s: String, convert: bool) -> Value {
    if convert {
        match s.as_str() {
            "@@nan$$" => return Value::Real(f64::NAN),
            "@@infinity$$" => return Value::Real(f64::INFINITY),
            "@@-infinity$$" => return Value::Real(f64::NEG_INFINITY),
            _ => {}
        }
        if let Some(hex) = s
            .strip_prefix("@i64@")
            .and_then(|r| r.strip_suffix("$i64$").or_else(|| r.strip_suffix("$i64@")))
        {
            if let Ok(u) = u64::from_str_radix(hex, 16) {
                return Value::Int64(u as i64);
            }
        }
        if let Some(rest) = s.strip_prefix("ref ") {
            let mut parts = rest.split(' ');
            if let (Some(kind), Some(id), None) = (parts.next(), parts.next(), parts.next()) {
                if let (Some(k), Ok(i)) = (RefKind::from_name(kind), id.parse()) {
                    return Value::Ref(k, i);
                }
            }
        }
    }
    Value::string(s)
}

struct ParseCtx<'a> {
    filter: Option<&'a Value>,
    convert: bool,
}

/// Builds structs and arrays. With a filter, each struct member is passed through it as soon as
/// its value is complete, and an array's elements once the whole array is read, last first; the
/// root is passed last with the key "".
fn to_gml(vm: &mut Vm, j: Json, ctx: &ParseCtx) -> Result<Value> {
    Ok(match j {
        Json::Null => Value::Undefined,
        Json::Bool(b) => Value::Bool(b),
        Json::Num(n) => Value::Real(n),
        Json::Int(i) => Value::Int64(i),
        Json::Str(s) => string_value(s, ctx.convert),
        Json::Arr(items) => {
            let mut vals = Vec::with_capacity(items.len());
            for item in items {
                vals.push(to_gml(vm, item, ctx)?);
            }
            if let Some(f) = ctx.filter {
                for i in (0..vals.len()).rev() {
                    let v = std::mem::take(&mut vals[i]);
                    vals[i] = vm.call_value(f, &[Value::Real(i as f64), v])?;
                }
            }
            Value::new_array(vals)
        }
        Json::Obj(members) => {
            let mut obj = StructObj::new();
            for (k, item) in members {
                let mut v = to_gml(vm, item, ctx)?;
                if let Some(f) = ctx.filter {
                    v = vm.call_value(f, &[Value::str(&k), v])?;
                }
                obj.set(Sym::intern_key(&k), v);
            }
            Value::new_struct(obj)
        }
    })
}

/// `json_parse(json, [filter_func], [inhibit_string_convert])`
fn json_parse(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let text = string(args, 0)?;
    let j = parse(text).map_err(|e| Error::msg(format!("JSON parse error: {e}")))?;
    let filter = match arg(args, 1) {
        Value::Undefined => None,
        f => Some(f.clone()),
    };
    let convert = !boolean(args, 2)?;
    let ctx = ParseCtx {
        filter: filter.as_ref(),
        convert,
    };
    let v = to_gml(vm, j, &ctx)?;
    match &filter {
        Some(f) => vm.call_value(f, &[Value::str(""), v]),
        None => Ok(v),
    }
}

/// Builds maps and lists (marked as such inside their parents); returns the value and its mark.
fn to_ds(ds: &mut DsStore, j: Json) -> (Value, Mark) {
    match j {
        Json::Arr(items) => {
            let id = ds.list_create();
            let built: Vec<super::ds::list::Item> = items
                .into_iter()
                .map(|item| {
                    let (value, mark) = to_ds(ds, item);
                    super::ds::list::Item { value, mark }
                })
                .collect();
            if let Some(l) = ds.lists.get_mut(id) {
                l.items = built;
            }
            (Value::Real(id as f64), Mark::List)
        }
        Json::Obj(members) => {
            let id = ds.map_create();
            fill_map(ds, id, members);
            (Value::Real(id as f64), Mark::Map)
        }
        Json::Null => (Value::Undefined, Mark::None),
        Json::Bool(b) => (Value::Bool(b), Mark::None),
        Json::Num(n) => (Value::Real(n), Mark::None),
        Json::Int(i) => (Value::Int64(i), Mark::None),
        Json::Str(s) => (string_value(s, true), Mark::None),
    }
}

fn fill_map(ds: &mut DsStore, id: i64, members: Vec<(String, Json)>) {
    for (k, item) in members {
        let (v, mark) = to_ds(ds, item);
        if let Some(m) = ds.maps.get_mut(id) {
            m.set(Value::string(k), v, mark);
        }
    }
}

/// `json_decode(string)`: a ds_map (an object's members, or the key "default" holding any other
/// top-level value, a JSON array becoming a ds_list); -1 if the text is not valid JSON.
fn json_decode(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let text = string(args, 0)?;
    let Ok(j) = parse(text) else {
        return Ok(Value::Real(-1.0));
    };
    let ds = &mut vm.ds;
    let id = match j {
        Json::Obj(members) => {
            let id = ds.map_create();
            fill_map(ds, id, members);
            id
        }
        other => {
            let id = ds.map_create();
            let (v, mark) = to_ds(ds, other);
            if let Some(m) = ds.maps.get_mut(id) {
                m.set(Value::str("default"), v, mark);
            }
            id
        }
    };
    Ok(Value::Real(id as f64))
}

// ---- writing ----------------------------------------------------------------------------------

/// Appends a real as GameMaker writes it in JSON.
pub fn write_real(r: f64, out: &mut String) {
    if r.is_nan() {
        out.push_str("\"@@nan$$\"");
    } else if r.is_infinite() {
        out.push_str(if r > 0.0 {
            "\"@@infinity$$\""
        } else {
            "\"@@-infinity$$\""
        });
    } else if r != 0.0 && (r.abs() >= 1e17 || r.abs() < 1e-4) {
        // Exponent form where C's %g switches to it, with a signed two-digit exponent.
        let s = format!("{r:e}");
        if let Some((m, e)) = s.split_once('e') {
            let (sign, digits) = match e.strip_prefix('-') {
                Some(d) => ('-', d),
                None => ('+', e),
            };
            let _ = write!(out, "{m}e{sign}{digits:0>2}");
        }
    } else if r == r.trunc() {
        let _ = write!(out, "{r:.1}");
    } else {
        let _ = write!(out, "{r}");
    }
}

fn write_str(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

struct JsonWriter {
    out: String,
    pretty: bool,
    filter: Option<Value>,
    /// Containers being written (identity), to turn self-references into null.
    open: Vec<usize>,
    /// ds_maps/lists being written (json_encode).
    open_ds: Vec<(Mark, i64)>,
}

impl JsonWriter {
    fn newline(&mut self, depth: usize) {
        if self.pretty {
            self.out.push('\n');
            for _ in 0..depth {
                self.out.push_str("  ");
            }
        }
    }

    fn filtered(&self, vm: &mut Vm, key: Value, v: Value) -> Result<Value> {
        match &self.filter {
            Some(f) => vm.call_value(f, &[key, v]),
            None => Ok(v),
        }
    }

    /// Writes the opening bracket, and the closing one too when there is nothing inside;
    /// returns whether members follow.
    fn open_close(&mut self, open: char, close: char, empty: bool) -> bool {
        self.out.push(open);
        if empty {
            self.out.push(close);
        }
        !empty
    }

    fn value(&mut self, vm: &mut Vm, v: &Value, depth: usize) -> Result<()> {
        match v {
            Value::Real(r) => write_real(*r, &mut self.out),
            Value::Int32(i) => {
                let _ = write!(self.out, "{i}");
            }
            Value::Int64(i) => {
                if i32::try_from(*i).is_ok() {
                    let _ = write!(self.out, "{i}");
                } else if i.unsigned_abs() <= 1u64 << 53 {
                    write_real(*i as f64, &mut self.out);
                } else {
                    let _ = write!(self.out, "\"@i64@{:x}$i64$\"", *i as u64);
                }
            }
            Value::Bool(b) => self.out.push_str(if *b { "true" } else { "false" }),
            Value::Str(s) => write_str(s, &mut self.out),
            Value::Undefined | Value::Unset | Value::Ptr(_) | Value::Method(_) => {
                self.out.push_str("null")
            }
            Value::Ref(kind, i) => write_str(&format!("ref {} {}", kind.name(), i), &mut self.out),
            Value::Array(a) => {
                let id = Rc::as_ptr(a) as *const () as usize;
                if self.open.contains(&id) {
                    self.out.push_str("null");
                    return Ok(());
                }
                if depth >= MAX_DEPTH {
                    return Err(too_deep());
                }
                let items = a.borrow().clone();
                if self.open_close('[', ']', items.is_empty()) {
                    self.open.push(id);
                    for (i, item) in items.into_iter().enumerate() {
                        if i > 0 {
                            self.out.push(',');
                        }
                        self.newline(depth + 1);
                        let item = self.filtered(vm, Value::Real(i as f64), item)?;
                        self.value(vm, &item, depth + 1)?;
                    }
                    self.open.pop();
                    self.newline(depth);
                    self.out.push(']');
                }
            }
            Value::Struct(s) => {
                let id = Rc::as_ptr(s) as *const () as usize;
                if self.open.contains(&id) {
                    self.out.push_str("null");
                    return Ok(());
                }
                if depth >= MAX_DEPTH {
                    return Err(too_deep());
                }
                let fields: Vec<(Sym, Value)> = s.borrow().entries();
                self.open.push(id);
                self.out.push('{');
                let mut first = true;
                for (k, item) in fields {
                    let item = self.filtered(vm, Value::str(k.as_str()), item)?;
                    if matches!(item, Value::Method(_)) {
                        continue;
                    }
                    if !first {
                        self.out.push(',');
                    }
                    first = false;
                    self.newline(depth + 1);
                    write_str(k.as_str(), &mut self.out);
                    self.out.push(':');
                    self.value(vm, &item, depth + 1)?;
                }
                self.open.pop();
                if !first {
                    self.newline(depth);
                }
                self.out.push('}');
            }
        }
        Ok(())
    }

    /// A value inside a ds_map or ds_list: marked ones are nested structures.
    fn ds_value(&mut self, vm: &mut Vm, v: &Value, mark: Mark, depth: usize) -> Result<()> {
        match (mark, value_index(v)) {
            (Mark::Map, Some(id)) => self.ds_map(vm, id, depth),
            (Mark::List, Some(id)) => self.ds_list(vm, id, depth),
            _ => self.value(vm, v, depth),
        }
    }

    fn ds_map(&mut self, vm: &mut Vm, id: i64, depth: usize) -> Result<()> {
        let entries: Vec<(Value, Value, Mark)> = match vm.ds.maps.get(id) {
            Some(m) if !self.open_ds.contains(&(Mark::Map, id)) && depth < MAX_DEPTH => m
                .entries
                .values()
                .map(|e| (e.key.clone(), e.value.clone(), e.mark))
                .collect(),
            _ => {
                self.out.push_str("null");
                return Ok(());
            }
        };
        if self.open_close('{', '}', entries.is_empty()) {
            self.open_ds.push((Mark::Map, id));
            for (i, (k, v, mark)) in entries.into_iter().enumerate() {
                if i > 0 {
                    self.out.push(',');
                }
                self.newline(depth + 1);
                let key = vm.stringify(&k)?;
                write_str(&key, &mut self.out);
                self.out.push(':');
                self.ds_value(vm, &v, mark, depth + 1)?;
            }
            self.open_ds.pop();
            self.newline(depth);
            self.out.push('}');
        }
        Ok(())
    }

    fn ds_list(&mut self, vm: &mut Vm, id: i64, depth: usize) -> Result<()> {
        let items: Vec<(Value, Mark)> = match vm.ds.lists.get(id) {
            Some(l) if !self.open_ds.contains(&(Mark::List, id)) && depth < MAX_DEPTH => {
                l.items.iter().map(|i| (i.value.clone(), i.mark)).collect()
            }
            _ => {
                self.out.push_str("null");
                return Ok(());
            }
        };
        if self.open_close('[', ']', items.is_empty()) {
            self.open_ds.push((Mark::List, id));
            for (i, (v, mark)) in items.into_iter().enumerate() {
                if i > 0 {
                    self.out.push(',');
                }
                self.newline(depth + 1);
                self.ds_value(vm, &v, mark, depth + 1)?;
            }
            self.open_ds.pop();
            self.newline(depth);
            self.out.push(']');
        }
        Ok(())
    }
}

/// `json_stringify(val, [pretty_print], [filter_func])`. The filter sees every value before it
/// is written, parents before children, starting with the root under the key "" (array elements
/// get their index as a real); a member the filter turns into a method is left out.
fn json_stringify(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let pretty = boolean(args, 1)?;
    let filter = match arg(args, 2) {
        Value::Undefined => None,
        f => Some(f.clone()),
    };
    let mut w = JsonWriter {
        out: String::new(),
        pretty,
        filter,
        open: Vec::new(),
        open_ds: Vec::new(),
    };
    let root = w.filtered(vm, Value::str(""), arg(args, 0).clone())?;
    w.value(vm, &root, 0)?;
    Ok(Value::string(w.out))
}

/// `json_encode(map, [prettify])`: the map with its marked maps and lists nested.
fn json_encode(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let id = map_id(args, 0)?;
    vm.ds.map(id)?;
    let pretty = boolean(args, 1)?;
    let mut w = JsonWriter {
        out: String::new(),
        pretty,
        filter: None,
        open: Vec::new(),
        open_ds: Vec::new(),
    };
    w.ds_map(vm, id, 0)?;
    Ok(Value::string(w.out))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vm() -> Vm {
        Vm::new(Box::new(Vec::new()))
    }

    fn s(v: &Value) -> String {
        v.as_str().expect("a string").to_string()
    }

    fn stringify(vm: &mut Vm, v: Value, pretty: bool) -> String {
        s(&json_stringify(vm, &[v, Value::Bool(pretty)]).unwrap())
    }

    fn parse_gml(vm: &mut Vm, text: &str) -> Result<Value> {
        json_parse(vm, &[Value::str(text)])
    }

    #[test]
    fn numbers_are_written_like_gamemaker() {
        let w = |r: f64| {
            let mut o = String::new();
            write_real(r, &mut o);
            o
        };
        assert_eq!(w(1.0), "1.0");
        assert_eq!(w(-3.0), "-3.0");
        assert_eq!(w(0.0), "0.0");
        assert_eq!(w(0.1), "0.1");
        assert_eq!(w(1.23456), "1.23456");
        assert_eq!(w(100000.0), "100000.0");
        assert_eq!(w(1e20), "1e+20");
        assert_eq!(w(1e16), "10000000000000000.0");
        assert_eq!(w(-2.5e-300), "-2.5e-300");
        assert_eq!(w(0.00012), "0.00012");
        assert_eq!(w(1.5e-7), "1.5e-07");
        assert_eq!(w(f64::NAN), "\"@@nan$$\"");
        assert_eq!(w(f64::NEG_INFINITY), "\"@@-infinity$$\"");
    }

    #[test]
    fn stringify_compact_and_pretty() {
        let mut vm = vm();
        let v = parse_gml(&mut vm, r#"{"a":1,"b":[true,null,"x\"y"],"c":{}}"#).unwrap();
        assert_eq!(
            stringify(&mut vm, v.clone(), false),
            r#"{"a":1.0,"b":[true,null,"x\"y"],"c":{}}"#
        );
        assert_eq!(
            stringify(&mut vm, v, true),
            "{\n  \"a\":1.0,\n  \"b\":[\n    true,\n    null,\n    \"x\\\"y\"\n  ],\n  \"c\":{}\n}"
        );
        assert_eq!(stringify(&mut vm, Value::new_array(vec![]), true), "[]");
    }

    #[test]
    fn int64_and_special_values_round_trip() {
        let mut vm = vm();
        let arr = Value::new_array(vec![
            Value::Int64(5),
            Value::Int64(1 << 40),
            Value::Int64(i64::MAX),
            Value::Real(f64::INFINITY),
            Value::Real(f64::NAN),
            Value::Undefined,
        ]);
        let text = stringify(&mut vm, arr, false);
        assert_eq!(
            text,
            r#"[5,1099511627776.0,"@i64@7fffffffffffffff$i64$","@@infinity$$","@@nan$$",null]"#
        );
        let back = parse_gml(&mut vm, &text).unwrap();
        let Value::Array(a) = back else { panic!() };
        let a = a.borrow();
        assert!(matches!(a[2], Value::Int64(i64::MAX)));
        assert!(matches!(a[3], Value::Real(r) if r.is_infinite()));
        assert!(matches!(a[4], Value::Real(r) if r.is_nan()));
        assert!(matches!(a[5], Value::Undefined));
        let raw = json_parse(
            &mut vm,
            &[Value::str(&text), Value::Undefined, Value::Bool(true)],
        )
        .unwrap();
        let Value::Array(raw) = raw else { panic!() };
        assert_eq!(raw.borrow()[4].as_str(), Some("@@nan$$"));
    }

    #[test]
    fn self_references_become_null() {
        let mut vm = vm();
        let a = Value::new_array(vec![Value::Real(1.0)]);
        if let Value::Array(r) = &a {
            r.borrow_mut().push(a.clone());
        }
        assert_eq!(stringify(&mut vm, a.clone(), false), "[1.0,null]");
        if let Value::Array(r) = &a {
            r.borrow_mut().clear();
        }
    }

    #[test]
    fn parse_errors_name_the_problem() {
        let mut vm = vm();
        for (text, want) in [
            ("{\"a\":}", "unexpected character '}' at line 1, column 6"),
            ("[1,2", "unexpected end of input"),
            ("", "empty JSON string"),
            ("[1] x", "after the JSON value"),
            ("\"abc", "unterminated string"),
            ("{'a':1}", "unexpected character '''"),
        ] {
            let e = parse_gml(&mut vm, text).err().expect(text).message();
            assert!(e.contains(want), "{text}: {e}");
        }
        let deep = "[".repeat(200) + &"]".repeat(200);
        assert!(parse_gml(&mut vm, &deep)
            .err()
            .unwrap()
            .message()
            .contains("128"));
        assert!(json_parse(&mut vm, &[Value::Real(1.0)]).is_err());
    }

    #[test]
    fn parse_accepts_trailing_commas_and_escapes() {
        let mut vm = vm();
        let v = parse_gml(
            &mut vm,
            "{\"a\": [1, 2,], \"s\": \"\\u00e9\\ud83d\\ude00\\n\",}",
        )
        .unwrap();
        let Value::Struct(st) = v else { panic!() };
        let st = st.borrow();
        let Some(Value::Array(a)) = st.get(Sym::intern("a")) else {
            panic!()
        };
        assert_eq!(a.borrow().len(), 2);
        assert_eq!(
            st.get(Sym::intern("s")).and_then(|v| v.as_str()),
            Some("é😀\n")
        );
    }

    #[test]
    fn decode_builds_marked_structures() {
        let mut vm = vm();
        let m = json_decode(&mut vm, &[Value::str(r#"{"a":[1,{"b":2}],"c":"x"}"#)]).unwrap();
        let id = value_index(&m).unwrap();
        let list = vm.ds.map_get(id, &Value::str("a")).unwrap();
        let list_id = value_index(&list).unwrap();
        assert!(vm.ds.lists.exists(list_id));
        let inner = vm.ds.list(list_id).unwrap().items[1].clone();
        assert_eq!(inner.mark, Mark::Map);
        let inner_id = value_index(&inner.value).unwrap();
        let encoded = json_encode(&mut vm, std::slice::from_ref(&m)).unwrap();
        assert_eq!(s(&encoded), r#"{"a":[1.0,{"b":2.0}],"c":"x"}"#);
        vm.ds.map_destroy(id);
        assert!(!vm.ds.lists.exists(list_id));
        assert!(!vm.ds.maps.exists(inner_id));
    }

    #[test]
    fn decode_wraps_non_objects_and_rejects_garbage() {
        let mut vm = vm();
        let m = json_decode(&mut vm, &[Value::str("[1,2,3]")]).unwrap();
        let id = value_index(&m).unwrap();
        let l = value_index(&vm.ds.map_get(id, &Value::str("default")).unwrap()).unwrap();
        assert_eq!(vm.ds.list(l).unwrap().items.len(), 3);
        let m2 = json_decode(&mut vm, &[Value::str("5")]).unwrap();
        let id2 = value_index(&m2).unwrap();
        assert!(matches!(
            vm.ds.map_get(id2, &Value::str("default")),
            Some(Value::Real(r)) if r == 5.0
        ));
        let bad = json_decode(&mut vm, &[Value::str("{oops")]).unwrap();
        assert!(matches!(bad, Value::Real(r) if r == -1.0));
    }

    #[test]
    fn encode_missing_map_is_an_error() {
        let mut vm = vm();
        assert!(json_encode(&mut vm, &[Value::Real(3.0)]).is_err());
        assert!(json_encode(&mut vm, &[Value::str("x")]).is_err());
    }
}
