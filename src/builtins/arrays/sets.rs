//! Functions that combine arrays or drop duplicates. Duplicates are decided by `==` (so with the
//! epsilon, numeric strings equal to numbers, arrays and structs by reference).
//!
//! `==` is not a hashable relation in general (the epsilon, strings against numbers), so the
//! general path compares pairwise. When every value involved is a string, or every value is a
//! whole number, `==` is plain identity of the value and a hash set gives the same answer fast.

use super::{collect, span_args};
use crate::builtins::args::*;
use crate::vm::error::{Error, Result};
use crate::vm::ops::equals;
use crate::vm::value::Value;
use crate::vm::Vm;
use hashbrown::HashSet;

/// A value `==` treats exactly: a string, or a whole number small enough to be exact.
#[derive(Hash, PartialEq, Eq, Clone)]
enum Key {
    Str(std::rc::Rc<String>),
    Int(i64),
}

fn key(v: &Value) -> Option<Key> {
    match v {
        Value::Str(s) => Some(Key::Str(s.clone())),
        Value::Real(r) if r.fract() == 0.0 && r.abs() < 9.0e15 => Some(Key::Int(*r as i64)),
        _ => None,
    }
}

/// Keys for every value when they are all strings or all whole numbers (and the epsilon is
/// below 1, so distinct whole numbers are never "equal"); `None` otherwise.
fn keys_of<'a>(values: impl Iterator<Item = &'a Value>, eps: f64) -> Option<Vec<Key>> {
    if eps.is_nan() || eps >= 1.0 {
        return None;
    }
    let keys: Vec<Key> = values.map(key).collect::<Option<_>>()?;
    let all_str = keys.iter().all(|k| matches!(k, Key::Str(_)));
    let all_int = keys.iter().all(|k| matches!(k, Key::Int(_)));
    (all_str || all_int).then_some(keys)
}

/// The values of `items` without repeats, first occurrences kept, in order.
fn distinct(items: &[Value], eps: f64) -> Vec<Value> {
    if let Some(keys) = keys_of(items.iter(), eps) {
        let mut seen = HashSet::new();
        return items
            .iter()
            .zip(keys)
            .filter(|(_, k)| seen.insert(k.clone()))
            .map(|(v, _)| v.clone())
            .collect();
    }
    let mut out: Vec<Value> = Vec::new();
    for v in items {
        if !out.iter().any(|x| equals(x, v, eps)) {
            out.push(v.clone());
        }
    }
    out
}

/// Every argument as an array, copied out.
fn all_arrays(args: &[Value]) -> Result<Vec<Vec<Value>>> {
    (0..args.len())
        .map(|i| array(args, i).map(|a| a.borrow().clone()))
        .collect()
}

/// `array_concat(a0, a1, ...)`: a new array with every element of every argument, in order.
pub fn array_concat(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let arrays = all_arrays(args)?;
    let total: usize = arrays.iter().map(|a| a.len()).sum();
    crate::vm::memory::reserve_items(
        "array_concat",
        total as u64,
        crate::vm::memory::ELEMENT_BYTES,
    )?;
    if total > super::MAX_LEN {
        return Err(Error::msg("array_concat :: result is too large"));
    }
    Ok(Value::new_array(arrays.concat()))
}

/// `array_union(a0, ...)`: every distinct value of all the arrays, in first-seen order.
pub fn array_union(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let all: Vec<Value> = all_arrays(args)?.concat();
    Ok(Value::new_array(distinct(&all, vm.epsilon)))
}

/// `array_intersection(a0, ...)`: the distinct values of `a0` found in every other array.
pub fn array_intersection(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let arrays = all_arrays(args)?;
    let eps = vm.epsilon;
    let first = distinct(&arrays[0], eps);
    let out = if keys_of(arrays.iter().flatten(), eps).is_some() {
        let sets: Vec<HashSet<Key>> = arrays[1..]
            .iter()
            .map(|a| a.iter().filter_map(key).collect())
            .collect();
        first
            .into_iter()
            .filter(|v| key(v).is_some_and(|k| sets.iter().all(|s| s.contains(&k))))
            .collect()
    } else {
        first
            .into_iter()
            .filter(|v| {
                arrays[1..]
                    .iter()
                    .all(|other| other.iter().any(|x| equals(x, v, eps)))
            })
            .collect()
    };
    Ok(Value::new_array(out))
}

fn unique_of(vm: &Vm, args: &[Value]) -> Result<(Vec<Value>, super::Span)> {
    let a = array(args, 0)?;
    let a = a.borrow();
    let span = span_args(args, 1, a.len())?;
    Ok((distinct(&collect(&a, span), vm.epsilon), span))
}

/// `array_unique(array, [offset], [length])`: a new array of the distinct values in the range,
/// in visiting order.
pub fn array_unique(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::new_array(unique_of(vm, args)?.0))
}

/// `array_unique_ext(array, [offset], [length])`: writes the distinct values back from the
/// offset (in the range's direction) and returns how many were written.
pub fn array_unique_ext(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (out, span) = unique_of(vm, args)?;
    let a = array(args, 0)?;
    let mut a = a.borrow_mut();
    let n = out.len();
    for (k, v) in out.into_iter().enumerate() {
        a[span.at(k)] = v;
    }
    Ok(Value::Real(n as f64))
}
