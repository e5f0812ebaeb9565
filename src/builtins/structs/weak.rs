//! Weak references (`weak_ref_create`, `weak_ref_alive`, `weak_ref_any_alive`).
//!
//! A weak reference is a plain struct; which struct it watches is kept here, in a table keyed by
//! the weak-reference struct's allocation. The table holds `Weak` pointers only, so it keeps
//! nothing alive, and a held `Weak` keeps its allocation's address from being reused.

use crate::builtins::args::*;
use crate::builtins::arrays::Span;
use crate::vm::error::{Error, Result};
use crate::vm::value::{RefKind, StructKind, StructObj, StructRef, Value};
use crate::vm::Vm;
use hashbrown::HashMap;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

type WeakStruct = Weak<RefCell<StructObj>>;

thread_local! {
    /// Weak-reference struct address -> (that struct, the struct it watches).
    static TABLE: RefCell<HashMap<usize, (WeakStruct, WeakStruct)>> = RefCell::new(HashMap::new());
    /// Table size at the last sweep of dead entries.
    static SWEPT_AT: Cell<usize> = const { Cell::new(64) };
}

fn key(s: &StructRef) -> usize {
    Rc::as_ptr(s) as usize
}

/// The watched struct's liveness, or `None` if `v` is not a weak reference.
fn alive(v: &Value) -> Option<bool> {
    let Value::Struct(s) = v else { return None };
    let target = TABLE.with(|t| t.borrow().get(&key(s)).map(|(_, target)| target.clone()))?;
    Some(match target.upgrade() {
        Some(t) => match &t.borrow().kind {
            StructKind::Instance(d) => !d.destroyed,
            _ => true,
        },
        None => false,
    })
}

/// `weak_ref_create(struct_or_instance)`: a new weak reference to it.
pub fn weak_ref_create(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let target: StructRef = match arg(args, 0) {
        Value::Struct(s) => s.clone(),
        Value::Ref(RefKind::Instance, id) => vm.world.by_id.get(id).cloned().ok_or_else(|| {
            Error::msg(format!("weak_ref_create :: instance {id} does not exist"))
        })?,
        v => return Err(Error::bad_arg(0, "Struct", v)),
    };
    let w = StructObj::new_ref();
    TABLE.with(|t| {
        let mut t = t.borrow_mut();
        // Forget weak references that have themselves been freed, now and then.
        let limit = SWEPT_AT.with(|s| s.get());
        if t.len() >= limit {
            t.retain(|_, (me, _)| me.strong_count() > 0);
            SWEPT_AT.with(|s| s.set((t.len() * 2).max(64)));
        }
        t.insert(key(&w), (Rc::downgrade(&w), Rc::downgrade(&target)));
    });
    Ok(Value::Struct(w))
}

/// `weak_ref_alive(weak_ref)`: whether the watched struct still exists; `undefined` when the
/// argument is not a weak reference.
pub fn weak_ref_alive(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(match alive(arg(args, 0)) {
        Some(b) => Value::Bool(b),
        None => Value::Undefined,
    })
}

/// `weak_ref_any_alive(array, [index], [length])`: whether any weak reference in the range is
/// alive; `undefined` if the range holds something that is not a weak reference.
pub fn weak_ref_any_alive(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let a = array(args, 0)?.borrow().clone();
    let offset = real_or(args, 1, 0.0)?;
    let length = real_or(args, 2, f64::INFINITY)?;
    let span = Span::new(a.len(), offset, length);
    let mut any = false;
    for i in span.indices() {
        match alive(&a[i]) {
            Some(b) => any |= b,
            None => return Ok(Value::Undefined),
        }
    }
    Ok(Value::Bool(any))
}

/// The struct a weak reference watches, if it is one and the struct is alive (for `.ref`).
pub fn weak_ref_target(v: &Value) -> Option<StructRef> {
    let Value::Struct(s) = v else { return None };
    TABLE.with(|t| {
        t.borrow()
            .get(&key(s))
            .and_then(|(_, target)| target.upgrade())
    })
}

/// Whether `v` is a weak reference (for `instanceof`, which answers "weakref").
pub fn is_weak_ref(v: &Value) -> bool {
    let Value::Struct(s) = v else { return false };
    TABLE.with(|t| t.borrow().contains_key(&key(s)))
}
