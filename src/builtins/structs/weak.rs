//! Weak references (`weak_ref_create`, `weak_ref_alive`, `weak_ref_any_alive`).
//!
//! A weak reference is a plain struct; what it watches (a struct, an instance or a method) is
//! kept here, in a table keyed by the weak-reference struct's allocation. The table holds `Weak`
//! pointers only, so it keeps nothing alive, and a held `Weak` keeps its allocation's address
//! from being reused while the entry exists.

use crate::builtins::args::*;
use crate::vm::error::{Error, Result};
use crate::vm::function::Method;
use crate::vm::value::{RefKind, StructKind, StructObj, StructRef, Value};
use crate::vm::Vm;
use hashbrown::HashMap;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

type WeakStruct = Weak<RefCell<StructObj>>;

/// What a weak reference watches.
#[derive(Clone)]
enum Target {
    Struct(WeakStruct),
    Method(Weak<Method>),
}

impl Target {
    fn upgrade(&self) -> Option<Value> {
        match self {
            Target::Struct(w) => w.upgrade().map(Value::Struct),
            Target::Method(w) => w.upgrade().map(Value::Method),
        }
    }
}

thread_local! {
    /// Weak-reference struct address -> (that struct, what it watches).
    static TABLE: RefCell<HashMap<usize, (WeakStruct, Target)>> = RefCell::new(HashMap::new());
    /// Table size that triggers the next sweep of dead entries.
    static SWEEP_AT: Cell<usize> = const { Cell::new(64) };
}

fn key(s: &StructRef) -> usize {
    Rc::as_ptr(s) as usize
}

fn target_of(v: &Value) -> Option<Target> {
    let Value::Struct(s) = v else { return None };
    TABLE.with(|t| t.borrow().get(&key(s)).map(|(_, target)| target.clone()))
}

/// The watched thing's liveness, or `None` if `v` is not a weak reference. A destroyed instance
/// counts as dead.
fn alive(v: &Value) -> Option<bool> {
    Some(match target_of(v)?.upgrade() {
        Some(Value::Struct(t)) => match &t.borrow().kind {
            StructKind::Instance(d) => !d.destroyed,
            _ => true,
        },
        Some(_) => true,
        None => false,
    })
}

/// `weak_ref_create(struct_instance_or_method)`: a new weak reference to it.
pub fn weak_ref_create(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let target = match arg(args, 0) {
        Value::Struct(s) => Target::Struct(Rc::downgrade(s)),
        Value::Method(m) => Target::Method(Rc::downgrade(m)),
        Value::Ref(RefKind::Instance, id) => {
            let s = vm.world.by_id.get(id).cloned().ok_or_else(|| {
                Error::msg(format!("weak_ref_create :: instance {id} does not exist"))
            })?;
            Target::Struct(Rc::downgrade(&s))
        }
        v => return Err(Error::bad_arg(0, "Struct", v)),
    };
    let w = StructObj::new_ref();
    TABLE.with(|t| {
        let mut t = t.borrow_mut();
        // Forget weak references that have themselves been freed, now and then.
        if t.len() >= SWEEP_AT.with(|s| s.get()) {
            t.retain(|_, (me, _)| me.strong_count() > 0);
            SWEEP_AT.with(|s| s.set((t.len() * 2).max(64)));
        }
        t.insert(key(&w), (Rc::downgrade(&w), target));
    });
    Ok(Value::Struct(w))
}

/// `weak_ref_alive(weak_ref)`: whether the watched thing still exists; `undefined` when the
/// argument is not a weak reference.
pub fn weak_ref_alive(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(match alive(arg(args, 0)) {
        Some(b) => Value::Bool(b),
        None => Value::Undefined,
    })
}

/// A position argument of `weak_ref_any_alive`: a number or a numeric string.
fn position(args: &[Value], i: usize, default: f64) -> Result<f64> {
    match args.get(i) {
        None | Some(Value::Undefined) => Ok(default),
        Some(v @ Value::Str(s)) => crate::vm::ops::parse_number_prefix(s)
            .map(|(n, _)| n)
            .ok_or_else(|| Error::bad_arg(i, "Number", v)),
        Some(_) => real(args, i),
    }
}

/// `weak_ref_any_alive(array, [index], [length])`: whether any weak reference in the range is
/// alive. `undefined` if the range holds something that is not a weak reference, or reaches
/// outside the array: the index (negative counts from the end) must be inside it, a positive
/// length is cut at the end, a negative one must not run past the start.
pub fn weak_ref_any_alive(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let a = array(args, 0)?.borrow().clone();
    let len = a.len() as f64;
    let index = position(args, 1, 0.0)?;
    let length = position(args, 2, f64::INFINITY)?;
    if a.is_empty() && args.len() < 2 {
        return Ok(Value::Bool(false));
    }
    let index = if index.is_nan() { 0.0 } else { index.trunc() };
    let index = if index < 0.0 { index + len } else { index };
    if !(0.0..len).contains(&index) {
        return Ok(Value::Undefined);
    }
    let length = if length.is_nan() { 0.0 } else { length.trunc() };
    let (lo, hi) = if length >= 0.0 {
        (index, (index + length).min(len))
    } else {
        let lo = index + length + 1.0;
        if lo < 0.0 {
            return Ok(Value::Undefined);
        }
        (lo, index + 1.0)
    };
    let mut any = false;
    for v in &a[lo as usize..hi as usize] {
        match alive(v) {
            Some(b) => any |= b,
            None => return Ok(Value::Undefined),
        }
    }
    Ok(Value::Bool(any))
}

/// What a weak reference watches, if `v` is one and the target is alive (for `w.ref`, which
/// reads `undefined` once the target is gone).
pub fn weak_ref_target(v: &Value) -> Option<Value> {
    target_of(v)?.upgrade()
}

/// Whether `v` is a weak reference (for `instanceof`, which answers "weakref").
pub fn is_weak_ref(v: &Value) -> bool {
    target_of(v).is_some()
}
