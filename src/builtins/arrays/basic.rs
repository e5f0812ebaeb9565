//! Creating, reading, writing and rearranging arrays (no callbacks).

use super::{collect, size_arg, span_args, Span, MAX_LEN};
use crate::builtins::args::*;
use crate::vm::error::{Error, Result};
use crate::vm::memory::{self, ELEMENT_BYTES};
use crate::vm::ops::equals;
use crate::vm::value::Value;
use crate::vm::Vm;
use std::collections::HashSet;
use std::rc::Rc;

const ZERO: Value = Value::Real(0.0);

/// An `array_create` size: negative sizes give an empty array; a size past the memory limit is
/// an "out of memory" error quoting it (never truncated to fewer elements).
pub(crate) fn create_size(args: &[Value], what: &str) -> Result<usize> {
    // GameMaker reads the size as an int32: an int64 keeps its low 32 bits (its own tests create
    // `int64(0x7fffffff00000100)` elements as 0x100). A real too large is refused with the size
    // asked, not wrapped.
    let n = match arg(args, 0) {
        Value::Int64(n) => *n as i32 as i64,
        _ => int(args, 0)?,
    };
    let n = n.max(0) as u64;
    memory::reserve_items(what, n, ELEMENT_BYTES)?;
    let n = n as usize;
    if n > MAX_LEN {
        return Err(Error::msg(format!("{what} :: size {n} is too large")));
    }
    Ok(n)
}

/// `array_create(size, [value])`: `size` copies of `value` (0 by default; references are shared).
pub fn array_create(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let n = create_size(args, "array_create")?;
    let v = match args.get(1) {
        Some(v) => v.clone(),
        None => ZERO,
    };
    let mut items = Vec::with_capacity(n);
    fill(vm, &mut items, n, &v)?;
    Ok(Value::new_array(items))
}

/// Grows `items` to `n` copies of `v`, polling for interrupts as it goes.
fn fill(vm: &Vm, items: &mut Vec<Value>, n: usize, v: &Value) -> Result<()> {
    while items.len() < n {
        vm.check_interrupt()?;
        let end = n.min(items.len() + crate::vm::interrupt::CHECK_EVERY);
        items.resize(end, v.clone());
    }
    Ok(())
}

/// `array_copy(dest, dest_index, src, src_index, length)`.
pub fn array_copy(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let dest = array(args, 0)?.clone();
    let dest_index = int(args, 1)?;
    let src = array(args, 2)?;
    let src_index = real(args, 3)?;
    let length = real(args, 4)?;
    // The source range follows the usual offset/length rules: an index past the end means the
    // last element (GameMaker-Bugs 11762: "offset will cap to the last element").
    let items = {
        let s = src.borrow();
        collect(&s, Span::new(s.len(), src_index, length))
    };
    if items.is_empty() {
        return Ok(Value::Undefined);
    }
    let mut d = dest.borrow_mut();
    let dlen = d.len() as i64;
    let at = if dest_index < 0 {
        (dest_index + dlen).max(0)
    } else {
        dest_index
    } as usize;
    let end = at.saturating_add(items.len());
    if end > MAX_LEN {
        return Err(Error::msg("array_copy :: destination index is too large"));
    }
    if d.len() < end {
        d.resize(end, ZERO);
    }
    for (k, v) in items.into_iter().enumerate() {
        d[at + k] = v;
    }
    Ok(Value::Undefined)
}

/// Element-wise equality, recursing into nested arrays; anything else compares as `==` does.
pub(crate) fn values_equal(a: &Value, b: &Value, eps: f64) -> bool {
    // An explicit stack instead of recursion (arrays may nest arbitrarily deep), and each pair
    // of arrays compared once: a pair met again (a cycle) adds nothing new.
    let mut seen: HashSet<(usize, usize)> = HashSet::new();
    let mut todo: Vec<(Value, Value)> = vec![(a.clone(), b.clone())];
    while let Some((a, b)) = todo.pop() {
        match (&a, &b) {
            (Value::Array(x), Value::Array(y)) => {
                if Rc::ptr_eq(x, y)
                    || !seen.insert((Rc::as_ptr(x) as usize, Rc::as_ptr(y) as usize))
                {
                    continue;
                }
                let (x, y) = (x.borrow(), y.borrow());
                if x.len() != y.len() {
                    return false;
                }
                for (p, q) in x.iter().zip(y.iter()) {
                    match (p, q) {
                        (Value::Array(_), Value::Array(_)) => todo.push((p.clone(), q.clone())),
                        _ if !equals(p, q, eps) => return false,
                        _ => {}
                    }
                }
            }
            _ => {
                if !equals(&a, &b, eps) {
                    return false;
                }
            }
        }
    }
    true
}

/// `array_equals(a, b)`: same length and equal elements (nested arrays by content, structs by
/// reference, `NaN` never equal).
pub fn array_equals(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    array(args, 0)?;
    array(args, 1)?;
    Ok(Value::Bool(values_equal(&args[0], &args[1], vm.epsilon)))
}

fn index_error(i: i64, len: usize) -> Error {
    Error::msg(format!("Variable Index [{i}] out of range [{len}]"))
}

/// `array_get(array, index)`: an index outside the array is an error.
pub fn array_get(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let a = array(args, 0)?;
    let i = int(args, 1)?;
    let a = a.borrow();
    if i < 0 {
        return Err(index_error(i, a.len()));
    }
    a.get(i as usize)
        .cloned()
        .ok_or_else(|| index_error(i, a.len()))
}

/// `array_set(array, index, value)`: like `a[index] = value` (grows the array, gaps hold 0).
pub fn array_set(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let a = array(args, 0)?;
    let i = int(args, 1)?;
    let mut a = a.borrow_mut();
    if i < 0 {
        return Err(index_error(i, a.len()));
    }
    let i = i as usize;
    if i >= a.len() {
        if i >= MAX_LEN {
            return Err(Error::msg(format!("array index {i} is too large")));
        }
        a.resize(i + 1, ZERO);
    }
    a[i] = arg(args, 2).clone();
    Ok(Value::Undefined)
}

/// `array_push(array, value, ...)`.
pub fn array_push(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let a = array(args, 0)?;
    let mut a = a.borrow_mut();
    if a.len() + args.len() > MAX_LEN {
        return Err(Error::msg("array_push :: array is too large"));
    }
    a.extend(args[1..].iter().cloned());
    Ok(Value::Undefined)
}

/// `array_pop(array)`: removes and returns the last element (`undefined` when empty).
pub fn array_pop(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let a = array(args, 0)?;
    let v = a.borrow_mut().pop();
    Ok(v.unwrap_or(Value::Undefined))
}

/// `array_shift(array)`: removes and returns the first element (`undefined` when empty).
pub fn array_shift(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let a = array(args, 0)?;
    let mut a = a.borrow_mut();
    if a.is_empty() {
        return Ok(Value::Undefined);
    }
    Ok(a.remove(0))
}

/// `array_insert(array, index, value, ...)`: a negative index counts from the end; past the end
/// the gap is filled with 0.
pub fn array_insert(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let a = array(args, 0)?;
    let index = int(args, 1)?;
    let mut a = a.borrow_mut();
    let len = a.len() as i64;
    let at = if index < 0 {
        (index + len).max(0)
    } else {
        index
    } as usize;
    let values = &args[2..];
    if at.saturating_add(values.len()) > MAX_LEN {
        return Err(Error::msg("array_insert :: index is too large"));
    }
    if at > a.len() {
        a.resize(at, ZERO);
    }
    a.splice(at..at, values.iter().cloned());
    Ok(Value::Undefined)
}

/// `array_delete(array, index, number)`: a negative number deletes backwards from `index`; a
/// negative index counts from the end.
pub fn array_delete(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let a = array(args, 0)?;
    let index = int(args, 1)?;
    let number = real(args, 2)?;
    let mut a = a.borrow_mut();
    let len = a.len() as i64;
    // An index outside the array is an error (restored in 2025, GameMaker-Bugs 11967/12342).
    let at = if index < 0 {
        index.saturating_add(len)
    } else {
        index
    };
    if at < 0 || at >= len {
        return Err(Error::msg(format!(
            "array_delete :: index {index} is outside the array (length {len})"
        )));
    }
    let span = Span::new(a.len(), at as f64, number);
    if span.count > 0 {
        let low = span.low();
        a.drain(low..low + span.count);
    }
    Ok(Value::Undefined)
}

/// `array_get_index(array, value, [offset], [length])`: the first index holding `value`, or -1.
pub fn array_get_index(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let a = array(args, 0)?;
    let a = a.borrow();
    let span = span_args(args, 2, a.len())?;
    let v = arg(args, 1);
    let found = span.indices().find(|&i| equals(&a[i], v, vm.epsilon));
    Ok(Value::Real(found.map(|i| i as f64).unwrap_or(-1.0)))
}

/// `array_contains(array, value, [offset], [length])`.
pub fn array_contains(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let a = array(args, 0)?;
    let a = a.borrow();
    let span = span_args(args, 2, a.len())?;
    let v = arg(args, 1);
    Ok(Value::Bool(
        span.indices().any(|i| equals(&a[i], v, vm.epsilon)),
    ))
}

/// `array_contains_ext(array, values, [match_all], [offset], [length])`. With `match_all`, every
/// entry of `values` needs its own occurrence (so duplicates in `values` require duplicates).
pub fn array_contains_ext(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let a = array(args, 0)?;
    let values = array(args, 1)?.borrow().clone();
    let match_all = match args.get(2) {
        None | Some(Value::Undefined) => false,
        Some(_) => boolean(args, 2)?,
    };
    let a = a.borrow();
    let span = span_args(args, 3, a.len())?;
    let items = collect(&a, span);
    let eps = vm.epsilon;
    if !match_all {
        let any = items
            .iter()
            .any(|x| values.iter().any(|v| equals(x, v, eps)));
        return Ok(Value::Bool(any));
    }
    let mut used = vec![false; items.len()];
    for v in &values {
        let slot = (0..items.len()).find(|&k| !used[k] && equals(&items[k], v, eps));
        match slot {
            Some(k) => used[k] = true,
            None => return Ok(Value::Bool(false)),
        }
    }
    Ok(Value::Bool(true))
}

/// `array_reverse(array, [offset], [length])`: a new array of the selected elements, reversed.
pub fn array_reverse(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let a = array(args, 0)?;
    let a = a.borrow();
    let span = span_args(args, 1, a.len())?;
    let mut items = collect(&a, span);
    items.reverse();
    Ok(Value::new_array(items))
}

/// `array_reverse_ext(array, [offset], [length])`: reverses the range in place; returns how many
/// elements it covered.
pub fn array_reverse_ext(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let a = array(args, 0)?;
    let mut a = a.borrow_mut();
    let span = span_args(args, 1, a.len())?;
    let low = span.low();
    a[low..low + span.count].reverse();
    Ok(Value::Real(span.count as f64))
}

/// A Fisher-Yates shuffle driven by the game's random generator.
fn shuffle(vm: &mut Vm, items: &mut [Value]) {
    for i in (1..items.len()).rev() {
        let j = super::random_below(vm, i + 1);
        items.swap(i, j);
    }
}

/// `array_shuffle(array, [offset], [length])`: a new array of the selected elements, shuffled.
pub fn array_shuffle(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let a = array(args, 0)?;
    let mut items = {
        let a = a.borrow();
        let span = span_args(args, 1, a.len())?;
        collect(&a, span)
    };
    shuffle(vm, &mut items);
    Ok(Value::new_array(items))
}

/// `array_shuffle_ext(array, [offset], [length])`: shuffles the range in place.
pub fn array_shuffle_ext(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let a = array(args, 0)?.clone();
    let (low, mut block) = {
        let a = a.borrow();
        let span = span_args(args, 1, a.len())?;
        let low = span.low();
        (low, a[low..low + span.count].to_vec())
    };
    shuffle(vm, &mut block);
    let mut a = a.borrow_mut();
    for (k, v) in block.into_iter().enumerate() {
        if let Some(slot) = a.get_mut(low + k) {
            *slot = v;
        }
    }
    Ok(Value::Undefined)
}

/// `array_length(value)` (also `array_length_1d`, `array_height_2d`): 0 for a non-array.
pub fn array_length(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Real(match arg(args, 0) {
        Value::Array(a) => a.borrow().len() as f64,
        _ => 0.0,
    }))
}

/// `array_length_2d(array, n)`: the length of the array held at `array[n]`; 0 when either is
/// not an array or `n` is out of range.
pub fn array_length_2d(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let n = int(args, 1)?;
    let Value::Array(a) = arg(args, 0) else {
        return Ok(Value::Real(0.0));
    };
    let inner = if n < 0 {
        None
    } else {
        a.borrow().get(n as usize).cloned()
    };
    Ok(Value::Real(match inner {
        Some(Value::Array(b)) => b.borrow().len() as f64,
        _ => 0.0,
    }))
}

/// `array_resize(array, new_size)`: truncates, or grows with 0.
pub fn array_resize(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let a = array(args, 0)?;
    let n = size_arg(args, 1, "array_resize size")?;
    let mut items = a.borrow_mut();
    if n > items.len() {
        let more = n - items.len();
        memory::reserve_items("array_resize", more as u64, ELEMENT_BYTES)?;
        items.reserve_exact(more);
        fill(vm, &mut items, n, &ZERO)?;
    } else {
        items.truncate(n);
    }
    Ok(Value::Undefined)
}

/// `array_first(array)`: the first element, or `undefined` when empty.
pub fn array_first(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let a = array(args, 0)?;
    let v = a.borrow().first().cloned();
    Ok(v.unwrap_or(Value::Undefined))
}

/// `array_last(array)`: the last element, or `undefined` when empty.
pub fn array_last(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let a = array(args, 0)?;
    let v = a.borrow().last().cloned();
    Ok(v.unwrap_or(Value::Undefined))
}
