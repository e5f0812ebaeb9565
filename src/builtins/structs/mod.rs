//! Struct functions (manual: GML Reference > Variable Functions, "Struct Functions"), the older
//! `variable_struct_*` names, `variable_global_*`, `variable_clone` and the weak references of
//! the Garbage Collection section.
//!
//! Member names are interned `Sym`s; a name's hash (`variable_get_hash`) is its `Sym` index.
//! Reads of a missing member give `undefined`; a target that is not a struct is an error.

mod clone;
#[cfg(test)]
mod tests;
pub mod weak;

use super::args::*;
use super::{Builtin, Constant};
use crate::vm::error::{Error, Result};
use crate::vm::intern::Sym;
use crate::vm::value::{RefKind, StructKind, StructObj, StructRef, Value};
use crate::vm::Vm;
use std::cell::Cell;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("struct_exists", 2, 2, struct_exists),
    Builtin::new("struct_get", 2, 2, struct_get),
    Builtin::new("struct_set", 3, 3, struct_set),
    Builtin::new("struct_remove", 2, 2, struct_remove),
    Builtin::new("struct_get_names", 1, 1, struct_get_names),
    Builtin::new("struct_names_count", 1, 1, struct_names_count),
    Builtin::new("struct_foreach", 2, 2, struct_foreach),
    Builtin::new("struct_get_from_hash", 2, 2, struct_get_from_hash),
    Builtin::new("struct_set_from_hash", 3, 3, struct_set_from_hash),
    Builtin::new("struct_exists_from_hash", 2, 2, struct_exists_from_hash),
    Builtin::new("struct_remove_from_hash", 2, 2, struct_remove_from_hash),
    Builtin::new("variable_get_hash", 1, 1, variable_get_hash),
    Builtin::new("variable_struct_exists", 2, 2, struct_exists),
    Builtin::new("variable_struct_get", 2, 2, struct_get),
    Builtin::new("variable_struct_set", 3, 3, struct_set),
    Builtin::new("variable_struct_remove", 2, 2, struct_remove),
    Builtin::new("variable_struct_get_names", 1, 1, struct_get_names),
    Builtin::new("variable_struct_names_count", 1, 1, struct_names_count),
    Builtin::new("variable_global_exists", 1, 1, variable_global_exists),
    Builtin::new("variable_global_get", 1, 1, variable_global_get),
    Builtin::new("variable_global_set", 2, 2, variable_global_set),
    Builtin::new("variable_clone", 1, 2, clone::variable_clone),
    Builtin::new("weak_ref_create", 1, 1, weak::weak_ref_create),
    Builtin::new("weak_ref_alive", 1, 1, weak::weak_ref_alive),
    Builtin::new("weak_ref_any_alive", 1, 3, weak::weak_ref_any_alive),
];

pub const CONSTANTS: &[Constant] = &[];

/// The struct an argument refers to: a struct (including `global` and an instance's `self`) or
/// an instance handle of a live instance.
pub(crate) fn target(vm: &Vm, args: &[Value], i: usize) -> Result<StructRef> {
    match arg(args, i) {
        Value::Struct(s) => Ok(s.clone()),
        Value::Ref(RefKind::Instance, id) => vm
            .world
            .get_existing(*id)
            .ok_or_else(|| Error::msg(format!("instance {id} does not exist"))),
        v => Err(Error::bad_arg(i, "Struct", v)),
    }
}

/// A member read as `s[$ name]` does: own members, then the static chain; `undefined` if absent.
fn read(s: &StructRef, name: Sym) -> Value {
    match s.borrow().get_with_statics(name) {
        Some(Value::Unset) | None => Value::Undefined,
        Some(v) => v,
    }
}

fn exists(s: &StructRef, name: Sym) -> bool {
    s.borrow().get_with_statics(name).is_some()
}

/// A member write; built-in instance variables keep their side effects.
pub(crate) fn write(s: &StructRef, name: Sym, v: Value) {
    let mut b = s.borrow_mut();
    if matches!(b.kind, StructKind::Instance(_))
        && crate::runtime::instance::set_builtin(&mut b, name, &v)
    {
        return;
    }
    b.set(name, v);
}

fn remove(s: &StructRef, name: Sym) {
    s.borrow_mut().fields.shift_remove(&name);
}

/// `struct_exists(struct, name)`: whether the member exists (own or static).
fn struct_exists(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    // A function reference has no members to find (GameMaker answers false, not an error).
    if matches!(arg(args, 0), Value::Method(_)) {
        return Ok(Value::Bool(false));
    }
    let s = target(vm, args, 0)?;
    let name = string(args, 1)?;
    Ok(Value::Bool(
        Sym::lookup(name).is_some_and(|n| exists(&s, n)),
    ))
}

/// `struct_get(struct, name)`: the member's value, or `undefined`.
fn struct_get(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = target(vm, args, 0)?;
    let name = string(args, 1)?;
    Ok(match Sym::lookup(name) {
        Some(n) => read(&s, n),
        None => Value::Undefined,
    })
}

/// `struct_set(struct, name, value)`: creates the member if needed.
fn struct_set(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = target(vm, args, 0)?;
    let name = Sym::intern_key(string(args, 1)?);
    write(&s, name, arg(args, 2).clone());
    Ok(Value::Undefined)
}

/// `struct_remove(struct, name)`: removing a missing member does nothing.
fn struct_remove(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = target(vm, args, 0)?;
    let name = string(args, 1)?;
    if let Some(n) = Sym::lookup(name) {
        remove(&s, n);
    }
    Ok(Value::Undefined)
}

/// The members the names functions report, in order: all of a struct's own members, or an
/// instance's variables other than the built-in ones.
fn members(s: &StructRef) -> Vec<(Sym, Value)> {
    let b = s.borrow();
    let is_instance = matches!(b.kind, StructKind::Instance(_));
    b.fields
        .iter()
        .filter(|(k, _)| !is_instance || !crate::runtime::instance::is_builtin_var(k.as_str()))
        .map(|(k, v)| (*k, v.clone()))
        .collect()
}

/// `struct_get_names(struct)`: the struct's own member names (not its statics).
fn struct_get_names(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = target(vm, args, 0)?;
    let names: Vec<Value> = members(&s)
        .into_iter()
        .map(|(k, _)| Value::str(k.as_str()))
        .collect();
    Ok(Value::new_array(names))
}

/// `struct_names_count(struct)`: how many own members it has.
fn struct_names_count(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = target(vm, args, 0)?;
    Ok(Value::Real(members(&s).len() as f64))
}

/// `struct_foreach(struct, function)`: calls `function(name, value)` for each own member, over a
/// snapshot taken before the first call.
fn struct_foreach(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = target(vm, args, 0)?;
    let f = crate::builtins::arrays::callable(args, 1)?.clone();
    for (k, v) in members(&s) {
        crate::builtins::arrays::call_callback(vm, &f, &[Value::str(k.as_str()), v])?;
    }
    Ok(Value::Undefined)
}

thread_local! {
    /// The largest hash `variable_get_hash` has handed out: every `Sym` index up to it names an
    /// interned string (interning only appends), so such a hash is safe to turn into a name.
    static MAX_HASH: Cell<u32> = const { Cell::new(0) };
}

/// `variable_get_hash(name)`: the name's hash (its interned index).
fn variable_get_hash(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let sym = Sym::intern(string(args, 0)?);
    MAX_HASH.with(|m| m.set(m.get().max(sym.0)));
    Ok(Value::Real(sym.0 as f64))
}

/// A hash argument as a `Sym`; `None` for numbers no hash can be.
fn hash_arg(args: &[Value], i: usize) -> Result<Option<Sym>> {
    let h = int(args, i)?;
    Ok(u32::try_from(h).ok().map(Sym))
}

/// `struct_get_from_hash(struct, hash)`.
fn struct_get_from_hash(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = target(vm, args, 0)?;
    Ok(match hash_arg(args, 1)? {
        Some(n) => read(&s, n),
        None => Value::Undefined,
    })
}

/// `struct_set_from_hash(struct, hash, value)`. The hash must come from `variable_get_hash`
/// (or name a member the struct already has).
fn struct_set_from_hash(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = target(vm, args, 0)?;
    let h = hash_arg(args, 1)?;
    let valid =
        h.filter(|n| MAX_HASH.with(|m| n.0 <= m.get()) || s.borrow().fields.contains_key(n));
    let Some(n) = valid else {
        return Err(Error::msg(format!(
            "struct_set_from_hash :: {} is not a variable hash",
            int(args, 1)?
        )));
    };
    write(&s, n, arg(args, 2).clone());
    Ok(Value::Undefined)
}

/// `struct_exists_from_hash(struct, hash)`.
fn struct_exists_from_hash(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = target(vm, args, 0)?;
    Ok(Value::Bool(
        hash_arg(args, 1)?.is_some_and(|n| exists(&s, n)),
    ))
}

/// `struct_remove_from_hash(struct, hash)`.
fn struct_remove_from_hash(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = target(vm, args, 0)?;
    if let Some(n) = hash_arg(args, 1)? {
        remove(&s, n);
    }
    Ok(Value::Undefined)
}

/// `variable_global_exists(name)`.
fn variable_global_exists(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let name = string(args, 0)?;
    let found = Sym::lookup(name).is_some_and(|n| vm.global.borrow().get(n).is_some());
    Ok(Value::Bool(found))
}

/// `variable_global_get(name)`: `undefined` when there is no such global.
fn variable_global_get(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let name = string(args, 0)?;
    let v = Sym::lookup(name).and_then(|n| vm.global.borrow().get(n).cloned());
    Ok(match v {
        Some(Value::Unset) | None => Value::Undefined,
        Some(v) => v,
    })
}

/// `variable_global_set(name, value)`.
fn variable_global_set(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let name = Sym::intern_key(string(args, 0)?);
    let g = vm.global.clone();
    write(&g, name, arg(args, 1).clone());
    Ok(Value::Undefined)
}

/// A plain struct copying `src`'s constructor and static chain (for clones).
pub(crate) fn sibling_of(src: &StructObj) -> StructObj {
    let mut s = StructObj::new();
    s.statics = src.statics.clone();
    s.constructor = src.constructor.clone();
    s
}
