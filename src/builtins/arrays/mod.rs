//! Array functions (manual: GML Reference > Variable Functions > Array Functions).
//!
//! Arrays are shared references (`Rc<RefCell<Vec<Value>>>`). No borrow is ever held across a
//! call into GML: callbacks get copies of the elements, and results are written back afterwards,
//! so a callback that changes the array it is iterating cannot break anything.

mod basic;
mod callbacks;
mod sets;
#[cfg(test)]
mod tests;

use super::args::*;
use super::{Builtin, Constant, VARIADIC};
use crate::vm::error::{Error, Result};
use crate::vm::value::Value;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("array_create", 1, 2, basic::array_create),
    Builtin::new("array_copy", 5, 5, basic::array_copy),
    Builtin::new("array_equals", 2, 2, basic::array_equals),
    Builtin::new("array_get", 2, 2, basic::array_get),
    Builtin::new("array_set", 3, 3, basic::array_set),
    Builtin::new("array_push", 2, VARIADIC, basic::array_push),
    Builtin::new("array_pop", 1, 1, basic::array_pop),
    Builtin::new("array_shift", 1, 1, basic::array_shift),
    Builtin::new("array_insert", 3, VARIADIC, basic::array_insert),
    Builtin::new("array_delete", 3, 3, basic::array_delete),
    Builtin::new("array_get_index", 2, 4, basic::array_get_index),
    Builtin::new("array_contains", 2, 4, basic::array_contains),
    Builtin::new("array_contains_ext", 2, 5, basic::array_contains_ext),
    Builtin::new("array_sort", 2, 2, callbacks::array_sort),
    Builtin::new("array_reverse", 1, 3, basic::array_reverse),
    Builtin::new("array_reverse_ext", 1, 3, basic::array_reverse_ext),
    Builtin::new("array_shuffle", 1, 3, basic::array_shuffle),
    Builtin::new("array_shuffle_ext", 1, 3, basic::array_shuffle_ext),
    Builtin::new("array_length", 1, 1, basic::array_length),
    Builtin::new("array_resize", 2, 2, basic::array_resize),
    Builtin::new("array_length_1d", 1, 1, basic::array_length),
    Builtin::new("array_height_2d", 1, 1, basic::array_length),
    Builtin::new("array_length_2d", 2, 2, basic::array_length_2d),
    Builtin::new("array_first", 1, 1, basic::array_first),
    Builtin::new("array_last", 1, 1, basic::array_last),
    Builtin::new("array_find_index", 2, 4, callbacks::array_find_index),
    Builtin::new("array_any", 2, 4, callbacks::array_any),
    Builtin::new("array_all", 2, 4, callbacks::array_all),
    Builtin::new("array_foreach", 2, 4, callbacks::array_foreach),
    Builtin::new("array_reduce", 2, 5, callbacks::array_reduce),
    Builtin::new("array_concat", 1, VARIADIC, sets::array_concat),
    Builtin::new("array_union", 1, VARIADIC, sets::array_union),
    Builtin::new("array_intersection", 1, VARIADIC, sets::array_intersection),
    Builtin::new("array_filter", 2, 4, callbacks::array_filter),
    Builtin::new("array_map", 2, 4, callbacks::array_map),
    Builtin::new("array_unique", 1, 3, sets::array_unique),
    Builtin::new("array_copy_while", 2, 4, callbacks::array_copy_while),
    Builtin::new("array_create_ext", 2, 2, callbacks::array_create_ext),
    Builtin::new("array_filter_ext", 2, 4, callbacks::array_filter_ext),
    Builtin::new("array_map_ext", 2, 4, callbacks::array_map_ext),
    Builtin::new("array_unique_ext", 1, 3, sets::array_unique_ext),
];

pub const CONSTANTS: &[Constant] = &[];

/// The largest array a builtin will create or grow to (the VM's own limit for `a[i] = v`).
pub(crate) const MAX_LEN: usize = 64 * 1024 * 1024;

/// The elements an offset/length pair selects, in the order they are visited (see the manual's
/// "Offset And Length"): a negative offset counts from the end, the offset is clamped to the
/// array, a negative length walks backwards, and ±infinity runs to either end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Span {
    pub start: usize,
    pub count: usize,
    pub backwards: bool,
}

impl Span {
    pub fn new(len: usize, offset: f64, length: f64) -> Span {
        if len == 0 {
            return Span {
                start: 0,
                count: 0,
                backwards: false,
            };
        }
        let offset = if offset.is_nan() { 0.0 } else { offset.trunc() };
        let offset = if offset < 0.0 {
            offset + len as f64
        } else {
            offset
        };
        let start = offset.clamp(0.0, (len - 1) as f64) as usize;
        let length = if length.is_nan() { 0.0 } else { length.trunc() };
        if length >= 0.0 {
            let count = length.min((len - start) as f64) as usize;
            Span {
                start,
                count,
                backwards: false,
            }
        } else {
            let count = (-length).min((start + 1) as f64) as usize;
            Span {
                start,
                count,
                backwards: true,
            }
        }
    }

    /// The index of the `k`th visited element.
    pub fn at(&self, k: usize) -> usize {
        if self.backwards {
            self.start - k
        } else {
            self.start + k
        }
    }

    pub fn indices(self) -> impl Iterator<Item = usize> {
        (0..self.count).map(move |k| self.at(k))
    }

    /// The lowest index covered (for in-place work on the range as a block).
    pub fn low(&self) -> usize {
        if self.backwards && self.count > 0 {
            self.start + 1 - self.count
        } else {
            self.start
        }
    }
}

/// The span selected by the optional offset (argument `i`) and length (argument `i + 1`).
pub(crate) fn span_args(args: &[Value], i: usize, len: usize) -> Result<Span> {
    let offset = real_or(args, i, 0.0)?;
    let length = real_or(args, i + 1, f64::INFINITY)?;
    Ok(Span::new(len, offset, length))
}

/// The elements of `a` selected by `span`, copied out in visiting order.
pub(crate) fn collect(a: &[Value], span: Span) -> Vec<Value> {
    span.indices().map(|i| a[i].clone()).collect()
}

/// A callback argument: anything callable (method, function, builtin).
pub(crate) fn callable(args: &[Value], i: usize) -> Result<&Value> {
    match arg(args, i) {
        v @ Value::Method(_) => Ok(v),
        v => Err(Error::bad_arg(i, "Method", v)),
    }
}

/// An array length or index argument that must not be negative or absurdly large.
pub(crate) fn size_arg(args: &[Value], i: usize, what: &str) -> Result<usize> {
    let n = int(args, i)?;
    if n < 0 {
        return Err(Error::msg(format!("{what} must not be negative (got {n})")));
    }
    if n as u64 > MAX_LEN as u64 {
        return Err(Error::msg(format!("{what} {n} is too large")));
    }
    Ok(n as usize)
}

/// A uniform integer in `0..n` (n > 0), from the game's random generator (so
/// `random_set_seed` makes shuffles repeatable).
pub(crate) fn random_below(vm: &mut crate::vm::Vm, n: usize) -> usize {
    (vm.rng.upto(n.saturating_sub(1) as u64) as usize).min(n.saturating_sub(1))
}

/// Calls a callback with `args`. A builtin used as a callback gets only as many arguments as it
/// takes (GameMaker accepts `array_map(a, sqr)` and `array_all(a, is_struct)`, which receive
/// `(element, index)`).
pub(crate) fn call_callback(vm: &mut crate::vm::Vm, f: &Value, args: &[Value]) -> Result<Value> {
    if let Value::Method(m) = f {
        if let crate::vm::function::Callee::Native(b) = &m.callee {
            if b.max_args != VARIADIC && args.len() > b.max_args as usize {
                return vm.call_value(f, &args[..b.max_args as usize]);
            }
        }
    }
    vm.call_value(f, args)
}
