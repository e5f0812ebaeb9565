//! Functions that combine arrays or drop duplicates. Duplicates are decided by `==` (so with the
//! epsilon, numeric strings equal to numbers, arrays and structs by reference).

use super::{collect, span_args};
use crate::builtins::args::*;
use crate::vm::error::{Error, Result};
use crate::vm::ops::equals;
use crate::vm::value::Value;
use crate::vm::Vm;

/// Every argument as an array, copied out.
fn all_arrays(args: &[Value]) -> Result<Vec<Vec<Value>>> {
    (0..args.len())
        .map(|i| array(args, i).map(|a| a.borrow().clone()))
        .collect()
}

/// Appends `v` to `out` unless an equal value is already there.
fn push_unique(out: &mut Vec<Value>, v: &Value, eps: f64) {
    if !out.iter().any(|x| equals(x, v, eps)) {
        out.push(v.clone());
    }
}

/// `array_concat(a0, a1, ...)`: a new array with every element of every argument, in order.
pub fn array_concat(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let arrays = all_arrays(args)?;
    let total: usize = arrays.iter().map(|a| a.len()).sum();
    if total > super::MAX_LEN {
        return Err(Error::msg("array_concat :: result is too large"));
    }
    Ok(Value::new_array(arrays.concat()))
}

/// `array_union(a0, ...)`: every distinct value of all the arrays, in first-seen order.
pub fn array_union(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let arrays = all_arrays(args)?;
    let mut out = Vec::new();
    for v in arrays.iter().flatten() {
        push_unique(&mut out, v, vm.epsilon);
    }
    Ok(Value::new_array(out))
}

/// `array_intersection(a0, ...)`: the distinct values of `a0` found in every other array.
pub fn array_intersection(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let arrays = all_arrays(args)?;
    let eps = vm.epsilon;
    let mut out = Vec::new();
    for v in &arrays[0] {
        if arrays[1..]
            .iter()
            .all(|other| other.iter().any(|x| equals(x, v, eps)))
        {
            push_unique(&mut out, v, eps);
        }
    }
    Ok(Value::new_array(out))
}

fn unique_of(vm: &Vm, args: &[Value]) -> Result<(Vec<Value>, super::Span)> {
    let a = array(args, 0)?;
    let a = a.borrow();
    let span = span_args(args, 1, a.len())?;
    let mut out = Vec::new();
    for v in collect(&a, span) {
        push_unique(&mut out, &v, vm.epsilon);
    }
    Ok((out, span))
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
