//! Array element access for the dispatch loop: reads, writes that grow the array, and the
//! arrays `a[i][j] = v` creates on the way.

use super::error::{Error, Result};
use super::intern::Sym;
use super::value::{StructObj, Value};

/// An array index: numbers truncate; negatives and non-numbers are errors.
pub(crate) fn index_of(i: &Value) -> Result<usize> {
    match i.as_f64() {
        Some(r) if r >= 0.0 && !r.is_nan() => Ok(r as usize),
        Some(r) => Err(Error::msg(format!(
            "Variable Index [{}] out of range",
            r as i64
        ))),
        None => Err(Error::msg(format!(
            "array index must be a number, got {}",
            i.type_name()
        ))),
    }
}

pub(crate) fn load_index_slow(a: &Value, i: &Value) -> Result<Value> {
    match a {
        Value::Array(arr) => {
            let idx = index_of(i)?;
            let arr = arr.borrow();
            arr.get(idx).cloned().ok_or_else(|| {
                Error::msg(format!(
                    "Variable Index [{idx}] out of range [{}]",
                    arr.len()
                ))
            })
        }
        _ => Err(Error::msg(
            "trying to index a variable which is not an array",
        )),
    }
}

pub(crate) fn store_index(a: &Value, i: &Value, v: Value) -> Result<()> {
    let Value::Array(arr) = a else {
        return Err(Error::msg(
            "trying to index a variable which is not an array",
        ));
    };
    let idx = index_of(i)?;
    let mut arr = arr.borrow_mut();
    if idx < arr.len() {
        arr[idx] = v;
    } else {
        if idx > 64 * 1024 * 1024 {
            return Err(Error::msg(format!("array index {idx} is too large")));
        }
        // Writing past the end grows the array; the gap holds 0.
        arr.resize(idx, Value::Real(0.0));
        arr.push(v);
    }
    Ok(())
}

pub(crate) fn index_array_for_write(a: &Value, i: &Value) -> Result<Value> {
    let Value::Array(arr) = a else {
        return Err(Error::msg(
            "trying to index a variable which is not an array",
        ));
    };
    let idx = index_of(i)?;
    let existing = arr.borrow().get(idx).cloned();
    match existing {
        Some(v @ Value::Array(_)) => Ok(v),
        _ => {
            let inner = Value::new_array(Vec::new());
            store_index(a, i, inner.clone())?;
            Ok(inner)
        }
    }
}

pub(crate) fn array_field_for_write(s: &mut StructObj, name: Sym) -> Value {
    match s.get(name) {
        Some(v @ Value::Array(_)) => v.clone(),
        _ => {
            let v = Value::new_array(Vec::new());
            s.set(name, v.clone());
            v
        }
    }
}
