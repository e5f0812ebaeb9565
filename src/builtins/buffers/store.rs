//! The buffer itself and the store of live buffers (indices from 0, freed slots reused lowest
//! first, as GameMaker does).

use super::types::DataType;
use crate::vm::value::Value;

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Kind {
    Fixed = 0,
    Grow = 1,
    Wrap = 2,
    Fast = 3,
    VBuffer = 4,
}

impl Kind {
    pub fn from_i64(n: i64) -> Option<Kind> {
        Some(match n {
            0 => Kind::Fixed,
            1 => Kind::Grow,
            2 => Kind::Wrap,
            3 => Kind::Fast,
            4 => Kind::VBuffer,
            _ => return None,
        })
    }
}

/// The largest size a buffer may have (GameMaker: under 2 GiB).
pub const MAX_SIZE: usize = i32::MAX as usize;

/// Error codes `buffer_write` returns.
pub const ERR_OUT_OF_SPACE: i32 = -2;
pub const ERR_INVALID_TYPE: i32 = -4;

pub struct Buffer {
    pub data: Vec<u8>,
    pub kind: Kind,
    /// As given to `buffer_create` (0 behaves as 1).
    pub alignment: i64,
    /// The seek position.
    pub pos: usize,
    pub used: usize,
}

impl Buffer {
    pub fn new(size: usize, kind: Kind, alignment: i64) -> Buffer {
        Buffer {
            data: vec![0; size],
            kind,
            alignment,
            pos: 0,
            used: 0,
        }
    }

    /// A grow buffer, alignment 1, holding `data` (loads, decodes, decompression).
    pub fn from_bytes(data: Vec<u8>) -> Buffer {
        let used = data.len();
        Buffer {
            data,
            kind: Kind::Grow,
            alignment: 1,
            pos: 0,
            used,
        }
    }

    pub fn size(&self) -> usize {
        self.data.len()
    }

    /// Rounds a position up to the buffer's alignment.
    pub fn align(&self, pos: usize) -> usize {
        let a = self.alignment.max(1) as usize;
        if a <= 1 {
            pos
        } else {
            pos.div_ceil(a) * a
        }
    }

    /// Where a write or read of `buffer_write`/`buffer_read` starts: the aligned seek position,
    /// wrapped to the start for wrap buffers.
    fn start(&self) -> usize {
        let at = self.align(self.pos);
        if self.kind == Kind::Wrap && at >= self.size() && self.size() > 0 {
            at % self.size()
        } else {
            at
        }
    }

    fn grow_to(&mut self, needed: usize) {
        if needed > self.data.len() {
            let mut n = self.data.len().max(1);
            while n < needed {
                n = n.saturating_mul(2);
            }
            self.data.resize(n, 0);
        }
    }

    /// Writes `bytes` at `at` as a stream write does: grow buffers double until it fits, wrap
    /// buffers wrap around, fixed/fast buffers refuse a write that does not fit.
    /// Returns the position after the write.
    pub fn put(&mut self, at: usize, bytes: &[u8]) -> Result<usize, i32> {
        let end = at.saturating_add(bytes.len());
        if end > MAX_SIZE && self.kind != Kind::Wrap {
            return Err(ERR_OUT_OF_SPACE);
        }
        match self.kind {
            Kind::Grow => self.grow_to(end),
            Kind::Wrap => {
                let len = self.size();
                if len == 0 {
                    return Err(ERR_OUT_OF_SPACE);
                }
                for (i, b) in bytes.iter().enumerate() {
                    self.data[(at + i) % len] = *b;
                }
                self.used = self.used.max(end.min(len));
                return Ok(if end > len { end % len } else { end });
            }
            _ => {
                if end > self.size() {
                    return Err(ERR_OUT_OF_SPACE);
                }
            }
        }
        self.data[at..end].copy_from_slice(bytes);
        self.used = self.used.max(end);
        Ok(end)
    }

    /// Writes at an absolute offset for the bulk operations (copy, loads, base64 decode, the
    /// async load): grow buffers grow to exactly what is needed, wrap buffers wrap, fixed ones
    /// keep what fits.
    pub fn write_at(&mut self, offset: usize, data: &[u8]) {
        let end = offset.saturating_add(data.len());
        if end > MAX_SIZE && self.kind == Kind::Grow {
            // Never grow past the largest buffer GameMaker allows; keep what fits.
            let keep = MAX_SIZE.saturating_sub(offset);
            if keep > 0 {
                self.write_at(offset, &data[..keep]);
            }
            return;
        }
        match self.kind {
            Kind::Grow if end > self.data.len() => self.data.resize(end, 0),
            Kind::Wrap => {
                let len = self.size();
                if len == 0 {
                    return;
                }
                for (i, b) in data.iter().enumerate() {
                    self.data[(offset + i) % len] = *b;
                }
                self.used = self.used.max(end.min(len));
                return;
            }
            _ => {}
        }
        if offset >= self.data.len() {
            return;
        }
        let end = end.min(self.data.len());
        self.data[offset..end].copy_from_slice(&data[..end - offset]);
        self.used = self.used.max(end);
    }

    /// `buffer_write`: 0, or an error code.
    pub fn write(&mut self, ty: DataType, bytes: &[u8]) -> i32 {
        if self.kind == Kind::Fast && ty != DataType::U8 {
            return ERR_INVALID_TYPE;
        }
        let at = self.start();
        match self.put(at, bytes) {
            Ok(end) => {
                self.pos = end;
                0
            }
            Err(code) => code,
        }
    }

    /// The string at `at`: up to a NUL or the end of the buffer; also the bytes consumed
    /// (the NUL included).
    pub fn string_at(&self, at: usize) -> (String, usize) {
        if at >= self.size() {
            return (String::new(), 0);
        }
        let bytes = &self.data[at..];
        match bytes.iter().position(|&b| b == 0) {
            Some(n) => (String::from_utf8_lossy(&bytes[..n]).into_owned(), n + 1),
            None => (String::from_utf8_lossy(bytes).into_owned(), bytes.len()),
        }
    }

    /// The `n` bytes at `at` for a stream read (wrap buffers wrap); `None` past the end.
    fn take(&self, at: usize, n: usize) -> Option<Vec<u8>> {
        let len = self.size();
        if self.kind == Kind::Wrap && len > 0 {
            return Some((0..n).map(|i| self.data[(at + i) % len]).collect());
        }
        if at + n > len {
            return None;
        }
        Some(self.data[at..at + n].to_vec())
    }

    /// `buffer_read`: the value, or `Err(offset)` when a number would be read past the end.
    pub fn read(&mut self, ty: DataType) -> Result<Value, usize> {
        let at = self.start();
        if ty.is_string() {
            let (s, used) = self.string_at(at);
            self.pos = at + used;
            return Ok(Value::string(s));
        }
        let n = ty.size();
        let bytes = self.take(at, n).ok_or(at)?;
        let end = at + n;
        self.pos = if self.kind == Kind::Wrap && end > self.size() {
            end % self.size()
        } else {
            end
        };
        Ok(super::types::decode_number(ty, &bytes))
    }

    /// `buffer_peek`: `None` out of range.
    pub fn peek(&self, offset: usize, ty: DataType) -> Option<Value> {
        if ty.is_string() {
            if offset >= self.size() {
                return None;
            }
            return Some(Value::string(self.string_at(offset).0));
        }
        let n = ty.size();
        if offset.saturating_add(n) > self.size() {
            return None;
        }
        Some(super::types::decode_number(
            ty,
            &self.data[offset..offset + n],
        ))
    }

    /// `buffer_poke`: grow buffers grow, wrap buffers wrap, others ignore what does not fit.
    pub fn poke(&mut self, offset: usize, bytes: &[u8]) -> i32 {
        match self.put(offset, bytes) {
            Ok(_) => 0,
            Err(c) => c,
        }
    }

    /// `buffer_seek`: the new position. Non-wrap buffers clamp to [0, size]; wrap buffers wrap.
    pub fn seek(&mut self, base: i64, offset: i64) -> usize {
        let size = self.size() as i64;
        let target = match base {
            0 => offset,
            1 => (self.pos as i64).saturating_add(offset),
            _ => size.saturating_sub(offset),
        };
        let p = if self.kind == Kind::Wrap && size > 0 && !(0..=size).contains(&target) {
            target.rem_euclid(size)
        } else {
            target.clamp(0, size)
        };
        self.pos = p as usize;
        self.pos
    }

    pub fn resize(&mut self, new_size: usize) {
        self.data.resize(new_size, 0);
        self.pos = self.pos.min(new_size);
        self.used = self.used.min(new_size);
    }

    /// Clamps `(offset, size)` to the buffer; a negative size means "to the end".
    pub fn range(&self, offset: i64, size: i64) -> (usize, usize) {
        let len = self.size();
        let start = (offset.max(0) as usize).min(len);
        let end = if size < 0 {
            len
        } else {
            start.saturating_add(size as usize).min(len)
        };
        (start, end)
    }
}

#[derive(Default)]
pub struct Slots {
    pub items: Vec<Option<Buffer>>,
}

impl Slots {
    /// (live count, highest live index or -1, slots ever allocated): `debug_event`'s figures.
    pub fn usage(&self) -> (usize, i64, usize) {
        let live = self.items.iter().filter(|s| s.is_some()).count();
        let max = self.items.iter().rposition(|s| s.is_some());
        (live, max.map_or(-1, |m| m as i64), self.items.len())
    }
    pub fn add(&mut self, b: Buffer) -> i64 {
        if let Some(i) = self.items.iter().position(|s| s.is_none()) {
            self.items[i] = Some(b);
            return i as i64;
        }
        self.items.push(Some(b));
        self.items.len() as i64 - 1
    }

    pub fn get(&self, id: i64) -> Option<&Buffer> {
        if id < 0 {
            return None;
        }
        self.items.get(id as usize).and_then(|b| b.as_ref())
    }

    pub fn get_mut(&mut self, id: i64) -> Option<&mut Buffer> {
        if id < 0 {
            return None;
        }
        self.items.get_mut(id as usize).and_then(|b| b.as_mut())
    }

    pub fn remove(&mut self, id: i64) -> bool {
        if id < 0 {
            return false;
        }
        match self.items.get_mut(id as usize) {
            Some(s) => s.take().is_some(),
            None => false,
        }
    }
}
