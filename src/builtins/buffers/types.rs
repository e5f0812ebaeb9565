//! Buffer data types (`buffer_u8` .. `buffer_text`): sizes, encoding a GML value to
//! little-endian bytes, and decoding bytes back to the value `buffer_read` returns.

use crate::vm::value::Value;

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum DataType {
    U8 = 1,
    S8 = 2,
    U16 = 3,
    S16 = 4,
    U32 = 5,
    S32 = 6,
    F16 = 7,
    F32 = 8,
    F64 = 9,
    Bool = 10,
    Str = 11,
    U64 = 12,
    Text = 13,
}

impl DataType {
    pub fn from_i64(n: i64) -> Option<DataType> {
        use DataType::*;
        Some(match n {
            1 => U8,
            2 => S8,
            3 => U16,
            4 => S16,
            5 => U32,
            6 => S32,
            7 => F16,
            8 => F32,
            9 => F64,
            10 => Bool,
            11 => Str,
            12 => U64,
            13 => Text,
            _ => return None,
        })
    }

    /// Bytes of a fixed-size type; `buffer_sizeof` gives 1 for the string types.
    pub fn size(self) -> usize {
        use DataType::*;
        match self {
            U8 | S8 | Bool | Str | Text => 1,
            U16 | S16 | F16 => 2,
            U32 | S32 | F32 => 4,
            F64 | U64 => 8,
        }
    }

    pub fn is_string(self) -> bool {
        matches!(self, DataType::Str | DataType::Text)
    }
}

/// The integer behind a numeric value, truncated toward zero (NaN is 0); wraps like a C cast.
fn as_i64(v: &Value) -> Option<i64> {
    match v {
        Value::Int64(i) => Some(*i),
        Value::Int32(i) => Some(*i as i64),
        Value::Bool(b) => Some(*b as i64),
        // A reference (instance id, handle) is written as its index, as GameMaker does.
        Value::Ref(_, i) => Some(*i),
        Value::Real(r) => Some(if r.is_nan() {
            0
        } else if *r >= i64::MAX as f64 {
            // Values above i64 (only meaningful for u64) keep their unsigned bits.
            (*r as u64) as i64
        } else {
            *r as i64
        }),
        _ => None,
    }
}

fn as_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Real(r) => Some(*r),
        Value::Int64(i) => Some(*i as f64),
        Value::Int32(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i32 as f64),
        Value::Ref(_, i) => Some(*i as f64),
        _ => None,
    }
}

/// Encodes a numeric value as `ty` (not a string type). `None` when the value is not a number.
pub fn encode_number(ty: DataType, v: &Value) -> Option<Vec<u8>> {
    use DataType::*;
    Some(match ty {
        U8 | S8 => vec![as_i64(v)? as u8],
        U16 | S16 => (as_i64(v)? as u16).to_le_bytes().to_vec(),
        U32 | S32 => (as_i64(v)? as u32).to_le_bytes().to_vec(),
        U64 => (as_i64(v)? as u64).to_le_bytes().to_vec(),
        F16 => half::f16::from_f64(as_f64(v)?).to_le_bytes().to_vec(),
        F32 => (as_f64(v)? as f32).to_le_bytes().to_vec(),
        F64 => as_f64(v)?.to_le_bytes().to_vec(),
        Bool => {
            let t = match v {
                Value::Real(r) => *r > 0.5,
                Value::Bool(b) => *b,
                Value::Int32(i) => *i > 0,
                Value::Int64(i) => *i > 0,
                _ => return None,
            };
            vec![t as u8]
        }
        Str | Text => return None,
    })
}

/// Decodes `ty.size()` bytes. Reals for the 8/16-bit types, bool and floats; `buffer_s32` is an
/// int32, `buffer_u32` and `buffer_u64` are int64 (u32 does not fit an int32).
pub fn decode_number(ty: DataType, b: &[u8]) -> Value {
    use DataType::*;
    match ty {
        U8 => Value::Real(b[0] as f64),
        S8 => Value::Real(b[0] as i8 as f64),
        Bool => Value::Real((b[0] != 0) as i32 as f64),
        U16 => Value::Real(u16::from_le_bytes([b[0], b[1]]) as f64),
        S16 => Value::Real(i16::from_le_bytes([b[0], b[1]]) as f64),
        U32 => Value::Int64(u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as i64),
        S32 => Value::Int32(i32::from_le_bytes([b[0], b[1], b[2], b[3]])),
        U64 => {
            let mut a = [0u8; 8];
            a.copy_from_slice(&b[..8]);
            Value::Int64(u64::from_le_bytes(a) as i64)
        }
        F16 => Value::Real(half::f16::from_le_bytes([b[0], b[1]]).to_f64()),
        F32 => Value::Real(f32::from_le_bytes([b[0], b[1], b[2], b[3]]) as f64),
        F64 => {
            let mut a = [0u8; 8];
            a.copy_from_slice(&b[..8]);
            Value::Real(f64::from_le_bytes(a))
        }
        Str | Text => Value::str(""),
    }
}
