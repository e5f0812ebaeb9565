//! Array element access for the dispatch loop: reads, writes that grow the array, and the
//! arrays `a[i][j] = v` creates on the way.

use super::error::{Error, Result};
use super::intern::Sym;
use super::value::{StructObj, Value};

/// The position a real names when it is a whole, non-negative number: `None` for fractions,
/// negatives, NaN and huge values, which take the general path (it truncates and reports).
/// One truncating conversion and one round-trip comparison, where `r as usize` saturates in a
/// dozen instructions.
#[inline(always)]
pub(crate) fn whole_index(r: f64) -> Option<usize> {
    let i = super::value::truncate(r);
    if i >= 0 && i as f64 == r {
        Some(i as usize)
    } else {
        None
    }
}

/// `a[i]` on the fast path: `None` when `a` is not an array, the index is not a whole number in
/// range (or the array is being written), for the general path to handle or report. A reference, not a copy, so
/// the caller clones it straight onto the operand stack (an `Option<Value>` goes through a
/// stack temporary in odd-sized pieces, which stalls the load after it).
///
/// # Safety
/// The caller copies the element out before anything else runs: the reference is not counted
/// as a borrow of the array.
#[inline(always)]
pub(crate) unsafe fn load_fast<'a>(a: &'a Value, i: &Value) -> Option<&'a Value> {
    let (Value::Array(arr), &Value::Real(r)) = (a, i) else {
        return None;
    };
    let at = whole_index(r)?;
    // SAFETY: an active `borrow_mut` makes this fail; the caller's contract covers the rest.
    let items = unsafe { arr.try_borrow_unguarded() }.ok()?;
    items.get(at)
}

/// `a[i] = v` on the fast path: overwrites an element or appends at the end. Gives `v` back
/// when the write needs the general path (not an array, growing with a gap, a fractional
/// index...).
#[inline(always)]
pub(crate) fn store_fast(a: &Value, i: &Value, v: Value) -> Option<Value> {
    let (Value::Array(arr), &Value::Real(r)) = (a, i) else {
        return Some(v);
    };
    let Some(at) = whole_index(r) else {
        return Some(v);
    };
    let Ok(mut items) = arr.try_borrow_mut() else {
        return Some(v);
    };
    if let Some(slot) = items.get_mut(at) {
        super::value::overwrite(slot, v);
        None
    } else if at == items.len() {
        // Filling an array in order stays on the fast path (the write inline: `push` is a
        // call).
        if items.len() == items.capacity() {
            items.reserve(1);
        }
        // SAFETY: there is room for one more element, reserved above.
        unsafe {
            super::value::write_words(items.as_mut_ptr().add(at), v);
            items.set_len(at + 1);
        }
        None
    } else {
        Some(v)
    }
}

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

/// `a[i]` off the dispatch loop's fast path: a fractional index truncates; an index past the
/// end names the index as written.
#[cold]
pub(crate) fn load_index_general(a: &Value, i: &Value) -> Result<Value> {
    if let (Value::Array(arr), Value::Real(r)) = (a, i) {
        if *r >= 0.0 {
            let arr = arr.borrow();
            return arr.get(*r as usize).cloned().ok_or_else(|| {
                Error::msg(format!(
                    "Variable Index [{}] out of range [{}]",
                    *r as i64,
                    arr.len()
                ))
            });
        }
    }
    load_index_slow(a, i)
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
