#![allow(clippy::cloned_ref_to_slice_refs)]
//! Unit tests: helpers here, cases by theme in the submodules.

use super::*;
use crate::vm::function::{Callee, Method, MethodKind};
use crate::vm::value::ArrayRef;
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

fn vm() -> Vm {
    Vm::new(Box::new(Vec::new()))
}

fn r(x: f64) -> Value {
    Value::Real(x)
}

fn nums(xs: &[f64]) -> Value {
    Value::new_array(xs.iter().map(|&x| r(x)).collect())
}

fn strs(xs: &[&str]) -> Value {
    Value::new_array(xs.iter().map(|&x| Value::str(x)).collect())
}

fn inf() -> Value {
    r(f64::INFINITY)
}

fn ninf() -> Value {
    r(f64::NEG_INFINITY)
}

/// Calls the named builtin through the registry, as GML would.
fn call(vm: &mut Vm, name: &str, args: &[Value]) -> Result<Value> {
    let b = crate::builtins::lookup(name).expect("builtin");
    vm.call_native(b, args)
}

fn ok(vm: &mut Vm, name: &str, args: &[Value]) -> Value {
    match call(vm, name, args) {
        Ok(v) => v,
        Err(e) => panic!("{name} failed: {}", e.message()),
    }
}

fn err(vm: &mut Vm, name: &str, args: &[Value]) -> Error {
    match call(vm, name, args) {
        Ok(_) => panic!("{name} should fail"),
        Err(e) => e,
    }
}

fn show(vm: &mut Vm, v: &Value) -> String {
    vm.stringify(v).unwrap()
}

fn shown(vm: &mut Vm, name: &str, args: &[Value]) -> String {
    let v = ok(vm, name, args);
    show(vm, &v)
}

fn native(b: &'static crate::builtins::Builtin) -> Value {
    Value::Method(Rc::new(Method {
        callee: Callee::Native(b),
        bound: None,
        kind: MethodKind::NativeRef,
    }))
}

fn num_arg(args: &[Value], i: usize) -> f64 {
    args.get(i).and_then(|v| v.as_f64()).unwrap_or(f64::NAN)
}

static IS_EVEN: Builtin = Builtin::new("is_even", 2, 2, |_, a| {
    Ok(Value::Bool(num_arg(a, 0).rem_euclid(2.0) == 0.0))
});
static DOUBLE: Builtin = Builtin::new("double", 2, 2, |_, a| Ok(r(num_arg(a, 0) * 2.0)));
static ELEM_PLUS_INDEX: Builtin = Builtin::new("elem_plus_index", 2, 2, |_, a| {
    Ok(r(num_arg(a, 0) + num_arg(a, 1)))
});
static INDEX_SQUARED: Builtin = Builtin::new("index_squared", 1, 1, |_, a| {
    Ok(r(num_arg(a, 0) * num_arg(a, 0)))
});
static SUM3: Builtin = Builtin::new("sum3", 3, 3, |_, a| Ok(r(num_arg(a, 0) + num_arg(a, 1))));
static FAIL: Builtin = Builtin::new("fail", 0, 9, |_, _| Err(Error::msg("boom")));
static DESC: Builtin = Builtin::new("desc", 2, 2, |_, a| Ok(r(num_arg(a, 1) - num_arg(a, 0))));
static FRACTION: Builtin = Builtin::new("fraction", 2, 2, |_, a| {
    Ok(r((num_arg(a, 0) - num_arg(a, 1)) * 0.1))
});
static BY_TENS: Builtin = Builtin::new("by_tens", 2, 2, |_, a| {
    Ok(r(
        (num_arg(a, 0) / 10.0).floor() - (num_arg(a, 1) / 10.0).floor()
    ))
});
static RANDOM_CMP: Builtin = Builtin::new("random_cmp", 2, 2, |vm, _| {
    Ok(r(super::random_below(vm, 3) as f64 - 1.0))
});

thread_local! {
    static VICTIM: RefCell<Option<ArrayRef>> = const { RefCell::new(None) };
}

/// Clears the array being iterated and pushes to it: must not panic.
static MUTATOR: Builtin = Builtin::new("mutator", 2, 2, |_, _| {
    VICTIM.with(|v| {
        if let Some(a) = v.borrow().as_ref() {
            let mut a = a.borrow_mut();
            a.clear();
            a.push(Value::Real(1.0));
        }
    });
    Ok(Value::Bool(true))
});

mod basic;
mod callbacks;
