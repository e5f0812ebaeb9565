//! The string format of `ds_*_write` / `ds_*_read`.
//!
//! A structure is written as little-endian binary, then hex-encoded with upper-case digits (two
//! characters per byte), which is what GameMaker does. The binary starts with a 32-bit version
//! number that names the structure, followed by the structure's layout:
//!
//! | structure | version | layout after the version |
//! |---|---|---|
//! | stack | 103 (`67000000`) | u32 count, then the values from bottom to top |
//! | queue | 203 (`CB000000`) | u32 tail, u32 head, u32 n, then n values; the queue is values[head..tail] |
//! | list | 303 (`2F010000`) | u32 count, then the values in order |
//! | map | 403 (`93010000`) | u32 count, then key, value, key, value... |
//! | priority | 503 (`F7010000`) | u32 count, then every priority, then every value |
//! | grid | 603 (`5B020000`) | u32 width, u32 height, then the cells, column by column |
//!
//! Every value is a u32 type tag followed by its payload:
//!
//! | tag | type | payload |
//! |---|---|---|
//! | 0 | real | f64 |
//! | 1 | string | u32 byte length, UTF-8 bytes |
//! | 2 | array | u32 length, then that many values |
//! | 3 | pointer | i64 |
//! | 5 | undefined (also written for structs and methods, which cannot be stored) | 8 zero bytes |
//! | 7 | int32 | i32 |
//! | 10 | int64 | i64 |
//! | 13 | bool | f64 (0 or 1) |
//!
//! Reals and strings (and so most real-world data) are byte-compatible with GameMaker's own
//! strings; the reader accepts any version number, so older strings load too. Nested-structure
//! marks are not stored (GameMaker does not store them either).

use crate::vm::value::Value;

pub const STACK_VERSION: u32 = 103;
pub const QUEUE_VERSION: u32 = 203;
pub const LIST_VERSION: u32 = 303;
pub const MAP_VERSION: u32 = 403;
pub const PRIORITY_VERSION: u32 = 503;
pub const GRID_VERSION: u32 = 603;

const T_REAL: u32 = 0;
const T_STRING: u32 = 1;
const T_ARRAY: u32 = 2;
const T_PTR: u32 = 3;
const T_UNDEFINED: u32 = 5;
const T_INT32: u32 = 7;
const T_INT64: u32 = 10;
const T_BOOL: u32 = 13;

/// Nesting limit for arrays inside arrays (guards self-containing arrays).
const MAX_DEPTH: usize = 64;

#[derive(Default)]
pub struct Writer {
    buf: Vec<u8>,
}

impl Writer {
    pub fn new(version: u32) -> Writer {
        let mut w = Writer::default();
        w.u32(version);
        w
    }
    pub fn u32(&mut self, v: u32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    fn f64(&mut self, v: f64) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub fn value(&mut self, v: &Value) {
        self.value_depth(v, 0)
    }
    fn value_depth(&mut self, v: &Value, depth: usize) {
        match v {
            Value::Real(r) => {
                self.u32(T_REAL);
                self.f64(*r);
            }
            Value::Str(s) => {
                self.u32(T_STRING);
                self.u32(s.len() as u32);
                self.buf.extend_from_slice(s.as_bytes());
            }
            Value::Array(a) if depth < MAX_DEPTH => {
                let items = a.borrow().clone();
                self.u32(T_ARRAY);
                self.u32(items.len() as u32);
                for item in &items {
                    self.value_depth(item, depth + 1);
                }
            }
            Value::Ptr(p) => {
                self.u32(T_PTR);
                self.buf.extend_from_slice(&p.to_le_bytes());
            }
            Value::Int32(i) => {
                self.u32(T_INT32);
                self.buf.extend_from_slice(&i.to_le_bytes());
            }
            Value::Int64(i) => {
                self.u32(T_INT64);
                self.buf.extend_from_slice(&i.to_le_bytes());
            }
            Value::Bool(b) => {
                self.u32(T_BOOL);
                self.f64(*b as i32 as f64);
            }
            Value::Ref(_, i) => {
                self.u32(T_REAL);
                self.f64(*i as f64);
            }
            _ => {
                self.u32(T_UNDEFINED);
                self.f64(0.0);
            }
        }
    }
    /// The hex text GML receives.
    pub fn finish(self) -> Value {
        const DIGITS: &[u8; 16] = b"0123456789ABCDEF";
        let mut s = String::with_capacity(self.buf.len() * 2);
        for b in &self.buf {
            s.push(DIGITS[(b >> 4) as usize] as char);
            s.push(DIGITS[(b & 15) as usize] as char);
        }
        Value::string(s)
    }
}

/// Reads the binary back. Every method returns `None` on malformed or truncated input.
pub struct Reader {
    data: Vec<u8>,
    pos: usize,
}

impl Reader {
    /// Decodes the hex text; `None` if it is not hex.
    pub fn new(hex: &str) -> Option<Reader> {
        let bytes = hex.trim().as_bytes();
        if !bytes.len().is_multiple_of(2) {
            return None;
        }
        let digit = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
        let mut data = Vec::with_capacity(bytes.len() / 2);
        for pair in bytes.chunks(2) {
            data.push(digit(pair[0])? << 4 | digit(pair[1])?);
        }
        Some(Reader { data, pos: 0 })
    }
    fn take<const N: usize>(&mut self) -> Option<[u8; N]> {
        let end = self.pos.checked_add(N)?;
        let bytes: [u8; N] = self.data.get(self.pos..end)?.try_into().ok()?;
        self.pos = end;
        Some(bytes)
    }
    pub fn u32(&mut self) -> Option<u32> {
        self.take::<4>().map(u32::from_le_bytes)
    }
    /// Bytes not read yet.
    pub fn remaining(&self) -> usize {
        self.data.len().saturating_sub(self.pos)
    }
    /// A count, refusing counts that could not fit in the remaining bytes.
    pub fn count(&mut self) -> Option<usize> {
        let n = self.u32()? as usize;
        if n > self.data.len().saturating_sub(self.pos) {
            None
        } else {
            Some(n)
        }
    }
    fn f64(&mut self) -> Option<f64> {
        self.take::<8>().map(f64::from_le_bytes)
    }
    pub fn value(&mut self) -> Option<Value> {
        self.value_depth(0)
    }
    fn value_depth(&mut self, depth: usize) -> Option<Value> {
        let tag = self.u32()?;
        Some(match tag {
            T_REAL => Value::Real(self.f64()?),
            T_STRING => {
                let n = self.count()?;
                let bytes = self.data.get(self.pos..self.pos + n)?;
                let s = String::from_utf8_lossy(bytes).into_owned();
                self.pos += n;
                Value::string(s)
            }
            T_ARRAY => {
                if depth >= MAX_DEPTH {
                    return None;
                }
                let n = self.count()?;
                let mut items = Vec::with_capacity(n);
                for _ in 0..n {
                    items.push(self.value_depth(depth + 1)?);
                }
                Value::new_array(items)
            }
            T_PTR => Value::Ptr(i64::from_le_bytes(self.take::<8>()?)),
            T_INT32 => Value::Int32(i32::from_le_bytes(self.take::<4>()?)),
            T_INT64 => Value::Int64(i64::from_le_bytes(self.take::<8>()?)),
            T_BOOL => Value::Bool(self.f64()? > 0.5),
            _ => {
                self.take::<8>()?;
                Value::Undefined
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(v: &Value) -> String {
        v.as_str().unwrap().to_string()
    }

    #[test]
    fn reals_and_strings_match_gamemaker_bytes() {
        let mut w = Writer::new(LIST_VERSION);
        w.u32(2);
        w.value(&Value::str("hello"));
        w.value(&Value::Real(30.0));
        assert_eq!(
            hex(&w.finish()),
            "2F01000002000000010000000500000068656C6C6F000000000000000000003E40"
        );
    }

    #[test]
    fn values_round_trip() {
        let vals = vec![
            Value::Real(-2.5),
            Value::str("héllo"),
            Value::new_array(vec![Value::Real(1.0), Value::str("x")]),
            Value::Undefined,
            Value::Int64(1 << 40),
            Value::Int32(-3),
            Value::Bool(true),
            Value::Ptr(0),
        ];
        let mut w = Writer::new(STACK_VERSION);
        for v in &vals {
            w.value(v);
        }
        let text = w.finish();
        let mut r = Reader::new(text.as_str().unwrap()).unwrap();
        assert_eq!(r.u32(), Some(STACK_VERSION));
        let back: Vec<Value> = (0..vals.len()).map(|_| r.value().unwrap()).collect();
        assert!(matches!(back[0], Value::Real(x) if x == -2.5));
        assert_eq!(back[1].as_str(), Some("héllo"));
        assert!(matches!(&back[2], Value::Array(a) if a.borrow().len() == 2));
        assert!(matches!(back[3], Value::Undefined));
        assert!(matches!(back[4], Value::Int64(x) if x == 1 << 40));
        assert!(matches!(back[5], Value::Int32(-3)));
        assert!(matches!(back[6], Value::Bool(true)));
        assert!(matches!(back[7], Value::Ptr(0)));
        assert!(r.value().is_none());
    }

    #[test]
    fn malformed_input_is_refused() {
        assert!(Reader::new("ABC").is_none());
        assert!(Reader::new("ZZ").is_none());
        let mut r = Reader::new("0100000005000000AB").unwrap();
        assert!(r.value().is_none());
        let mut r = Reader::new("FFFFFFFF").unwrap();
        assert!(r.count().is_none());
    }
}
