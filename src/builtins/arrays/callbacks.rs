//! Functions that call a GML callback per element. Elements are copied out one at a time and the
//! array is never borrowed while the callback runs; an error raised by the callback stops the
//! function and propagates.

use super::{callable, span_args, Span};
use crate::builtins::args::*;
use crate::vm::error::{Error, Result};
use crate::vm::ops::truthy;
use crate::vm::value::{ArrayRef, Value};
use crate::vm::Vm;
use std::cmp::Ordering;

/// The array at argument 0, the callback at argument 1 and the span the offset/length arguments
/// (2 and 3) select.
fn setup(args: &[Value]) -> Result<(ArrayRef, Value, Span)> {
    let a = array(args, 0)?.clone();
    let f = callable(args, 1)?.clone();
    let len = a.borrow().len();
    let span = span_args(args, 2, len)?;
    Ok((a, f, span))
}

/// The element at `i` now (the callback may have shrunk the array: `None` then).
fn element(a: &ArrayRef, i: usize) -> Option<Value> {
    a.borrow().get(i).cloned()
}

fn call(vm: &mut Vm, f: &Value, v: Value, i: usize) -> Result<Value> {
    super::call_callback(vm, f, &[v, Value::Real(i as f64)])
}

fn predicate(vm: &mut Vm, f: &Value, v: Value, i: usize) -> Result<bool> {
    truthy(&call(vm, f, v, i)?)
}

/// Runs `body(element, index)` over the span, stopping early when it returns `false`.
fn visit(
    vm: &mut Vm,
    a: &ArrayRef,
    span: Span,
    mut body: impl FnMut(&mut Vm, Value, usize) -> Result<bool>,
) -> Result<()> {
    for i in span.indices() {
        let Some(v) = element(a, i) else { break };
        if !body(vm, v, i)? {
            break;
        }
    }
    Ok(())
}

/// `array_create_ext(size, function)`: element i is `function(i)`.
pub fn array_create_ext(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let n = super::basic::create_size(args, "array_create_ext")?;
    let f = callable(args, 1)?.clone();
    let mut out = Vec::with_capacity(n.min(1 << 16));
    for i in 0..n {
        out.push(super::call_callback(vm, &f, &[Value::Real(i as f64)])?);
    }
    Ok(Value::new_array(out))
}

/// `array_foreach(array, function, [offset], [length])`.
pub fn array_foreach(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (a, f, span) = setup(args)?;
    visit(vm, &a, span, |vm, v, i| {
        call(vm, &f, v, i)?;
        Ok(true)
    })?;
    Ok(Value::Undefined)
}

/// `array_find_index(array, predicate, [offset], [length])`: the first index accepted, or -1.
pub fn array_find_index(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (a, f, span) = setup(args)?;
    let mut found = -1.0;
    visit(vm, &a, span, |vm, v, i| {
        if predicate(vm, &f, v, i)? {
            found = i as f64;
            return Ok(false);
        }
        Ok(true)
    })?;
    Ok(Value::Real(found))
}

/// `array_any(array, predicate, [offset], [length])`: false for an empty range.
pub fn array_any(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (a, f, span) = setup(args)?;
    let mut any = false;
    visit(vm, &a, span, |vm, v, i| {
        any = predicate(vm, &f, v, i)?;
        Ok(!any)
    })?;
    Ok(Value::Bool(any))
}

/// `array_all(array, predicate, [offset], [length])`: true for an empty range.
pub fn array_all(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (a, f, span) = setup(args)?;
    let mut all = true;
    visit(vm, &a, span, |vm, v, i| {
        all = predicate(vm, &f, v, i)?;
        Ok(all)
    })?;
    Ok(Value::Bool(all))
}

/// The elements the predicate accepts, in visiting order; with `stop_at_first_false` the walk
/// ends at the first rejection (`array_copy_while`).
fn filtered(vm: &mut Vm, args: &[Value], stop_at_first_false: bool) -> Result<Vec<Value>> {
    let (a, f, span) = setup(args)?;
    let mut out = Vec::new();
    visit(vm, &a, span, |vm, v, i| {
        if predicate(vm, &f, v.clone(), i)? {
            out.push(v);
            Ok(true)
        } else {
            Ok(!stop_at_first_false)
        }
    })?;
    Ok(out)
}

/// `array_filter(array, predicate, [offset], [length])`: a new array of accepted elements.
pub fn array_filter(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::new_array(filtered(vm, args, false)?))
}

/// `array_copy_while(array, predicate, [offset], [length])`: accepted elements up to the first
/// rejected one.
pub fn array_copy_while(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::new_array(filtered(vm, args, true)?))
}

/// `array_filter_ext(array, predicate, [offset], [length])`: writes the accepted elements back
/// from the offset in the range's direction; returns how many. The array keeps its length.
pub fn array_filter_ext(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let kept = filtered(vm, args, false)?;
    let a = array(args, 0)?;
    let len = a.borrow().len();
    let span = span_args(args, 2, len)?;
    let mut a = a.borrow_mut();
    let n = kept.len();
    for (k, v) in kept.into_iter().enumerate() {
        if let Some(slot) = a.get_mut(span.at(k)) {
            *slot = v;
        }
    }
    Ok(Value::Real(n as f64))
}

/// The callback's results over the span, with the index each came from.
fn mapped(vm: &mut Vm, a: &ArrayRef, f: &Value, span: Span) -> Result<Vec<(usize, Value)>> {
    let mut out = Vec::with_capacity(span.count);
    visit(vm, a, span, |vm, v, i| {
        out.push((i, call(vm, f, v, i)?));
        Ok(true)
    })?;
    Ok(out)
}

/// `array_map(array, function, [offset], [length])`: a new array of the results.
pub fn array_map(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (a, f, span) = setup(args)?;
    let out = mapped(vm, &a, &f, span)?;
    Ok(Value::new_array(out.into_iter().map(|(_, v)| v).collect()))
}

/// `array_map_ext(array, function, [offset], [length])`: stores each result back where its
/// element was; returns how many elements were mapped.
pub fn array_map_ext(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (a, f, span) = setup(args)?;
    let out = mapped(vm, &a, &f, span)?;
    let n = out.len();
    let mut a = a.borrow_mut();
    for (i, v) in out {
        if let Some(slot) = a.get_mut(i) {
            *slot = v;
        }
    }
    Ok(Value::Real(n as f64))
}

/// `array_reduce(array, function, [init], [offset], [length])`: folds the range with
/// `function(previous, current, index)`. Without `init` the first element of the range seeds the
/// fold; an empty range then is an error.
pub fn array_reduce(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let a = array(args, 0)?.clone();
    let f = callable(args, 1)?.clone();
    let len = a.borrow().len();
    let span = span_args(args, 3, len)?;
    let mut indices = span.indices();
    let mut acc = if args.len() > 2 {
        args[2].clone()
    } else {
        let first = indices.next().and_then(|i| element(&a, i));
        match first {
            Some(v) => v,
            None => {
                return Err(Error::msg(
                    "array_reduce :: the array is empty and no initial value was given",
                ))
            }
        }
    };
    for i in indices {
        let Some(v) = element(&a, i) else { break };
        acc = super::call_callback(vm, &f, &[acc, v, Value::Real(i as f64)])?;
    }
    Ok(acc)
}

/// The order of `array_sort(a, true)`: numbers (and bools, handles...) by value with NaN last,
/// then strings by character code, then everything else (kept in its original order).
fn default_order(a: &Value, b: &Value) -> Ordering {
    fn class(v: &Value) -> u8 {
        match v {
            Value::Str(_) => 1,
            _ if v.as_f64().is_some() => 0,
            _ => 2,
        }
    }
    match (class(a), class(b)) {
        (0, 0) => {
            let x = a.as_f64().unwrap_or(f64::NAN);
            let y = b.as_f64().unwrap_or(f64::NAN);
            match (x.is_nan(), y.is_nan()) {
                (true, true) => Ordering::Equal,
                (true, false) => Ordering::Greater,
                (false, true) => Ordering::Less,
                _ => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
            }
        }
        (1, 1) => a.as_str().unwrap_or("").cmp(b.as_str().unwrap_or("")),
        (p, q) => p.cmp(&q),
    }
}

/// A stable merge sort with a fallible comparator that need not be consistent (a user
/// comparator may be anything), so it never panics.
fn merge_sort(
    items: Vec<Value>,
    cmp: &mut dyn FnMut(&Value, &Value) -> Result<Ordering>,
) -> Result<Vec<Value>> {
    if items.len() <= 1 {
        return Ok(items);
    }
    let mut items = items;
    let right = items.split_off(items.len() / 2);
    let left = merge_sort(items, cmp)?;
    let right = merge_sort(right, cmp)?;
    let mut out = Vec::with_capacity(left.len() + right.len());
    let mut l = left.into_iter().peekable();
    let mut r = right.into_iter().peekable();
    while let (Some(x), Some(y)) = (l.peek(), r.peek()) {
        // Only "the left one goes after the right one" moves an element forward, so a
        // comparator that answers just 1 or 0 (`return a > b;`) still sorts.
        if cmp(x, y)? == Ordering::Greater {
            out.extend(r.next());
        } else {
            out.extend(l.next());
        }
    }
    out.extend(l);
    out.extend(r);
    Ok(out)
}

/// `array_sort(array, ascending_or_function)`: sorts in place. With a function, its result is
/// truncated to an integer: negative puts the first argument first, positive second.
pub fn array_sort(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let a = array(args, 0)?.clone();
    let items = a.borrow().clone();
    let sorted = match arg(args, 1) {
        f @ Value::Method(_) => {
            let f = f.clone();
            merge_sort(items, &mut |x, y| {
                let r = super::call_callback(vm, &f, &[x.clone(), y.clone()])?;
                let n = match &r {
                    Value::Str(_) => crate::vm::ops::parse_number_prefix(r.as_str().unwrap_or(""))
                        .map(|(n, _)| n)
                        .unwrap_or(0.0),
                    _ => r.as_f64().unwrap_or(0.0),
                };
                Ok(if n.is_nan() {
                    Ordering::Equal
                } else {
                    (n.trunc() as i64).cmp(&0)
                })
            })?
        }
        _ => {
            let ascending = boolean(args, 1)?;
            let mut compared = 0usize;
            merge_sort(items, &mut |x, y| {
                compared += 1;
                if compared.is_multiple_of(crate::vm::interrupt::CHECK_EVERY) {
                    vm.check_interrupt()?;
                }
                let o = default_order(x, y);
                Ok(if ascending { o } else { o.reverse() })
            })?
        }
    };
    *a.borrow_mut() = sorted;
    Ok(Value::Undefined)
}
