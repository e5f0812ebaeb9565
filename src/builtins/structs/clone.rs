//! `variable_clone(value, [depth])`: a deep copy of arrays and structs down to `depth` levels
//! (128 at most). Shared references and cycles inside the copied part stay shared in the copy;
//! methods bound to a struct that was copied are rebound to its copy. Instances, the global
//! struct and everything that is not an array or struct are returned as they are.

use super::sibling_of;
use crate::builtins::args::*;
use crate::vm::error::Result;
use crate::vm::function::Method;
use crate::vm::intern::Sym;
use crate::vm::value::{ArrayRef, StructKind, StructRef, Value};
use crate::vm::Vm;
use hashbrown::HashMap;
use std::rc::Rc;

const MAX_DEPTH: i64 = 128;

/// Where a method value landed in the copy, to rebind it once every struct is copied.
enum Slot {
    Item(ArrayRef, usize),
    Field(StructRef, Sym),
}

#[derive(Default)]
struct Cloner {
    /// Original allocation address -> its copy.
    copies: HashMap<usize, Value>,
    methods: Vec<Slot>,
}

impl Cloner {
    /// Copies `v` itself; its array/struct children are copied while `depth` allows.
    fn copy(&mut self, v: &Value, depth: i64) -> Value {
        match v {
            Value::Array(a) => {
                let key = Rc::as_ptr(a) as usize;
                if let Some(c) = self.copies.get(&key) {
                    return c.clone();
                }
                // Made through the `Value` constructors so they register like any other array
                // or struct.
                let Value::Array(new) = Value::new_array(Vec::new()) else {
                    unreachable!()
                };
                self.copies.insert(key, Value::Array(new.clone()));
                let items = a.borrow().clone();
                let mut out = Vec::with_capacity(items.len());
                for (i, item) in items.iter().enumerate() {
                    if matches!(item, Value::Method(_)) {
                        self.methods.push(Slot::Item(new.clone(), i));
                    }
                    out.push(self.child(item, depth));
                }
                *new.borrow_mut() = out;
                Value::Array(new)
            }
            Value::Struct(s) => {
                if !matches!(s.borrow().kind, StructKind::Plain) {
                    return v.clone();
                }
                let key = Rc::as_ptr(s) as usize;
                if let Some(c) = self.copies.get(&key) {
                    return c.clone();
                }
                let (shell, fields) = {
                    let b = s.borrow();
                    let fields: Vec<(Sym, Value)> =
                        b.fields.iter().map(|(k, v)| (*k, v.clone())).collect();
                    (sibling_of(&b), fields)
                };
                let Value::Struct(new) = Value::new_struct(shell) else {
                    unreachable!()
                };
                self.copies.insert(key, Value::Struct(new.clone()));
                for (k, item) in fields {
                    if matches!(item, Value::Method(_)) {
                        self.methods.push(Slot::Field(new.clone(), k));
                    }
                    let c = self.child(&item, depth);
                    new.borrow_mut().fields.insert(k, c);
                }
                Value::Struct(new)
            }
            _ => v.clone(),
        }
    }

    fn child(&mut self, v: &Value, depth: i64) -> Value {
        match v {
            Value::Array(_) | Value::Struct(_) if depth > 0 => self.copy(v, depth - 1),
            _ => v.clone(),
        }
    }

    /// A method bound to a copied struct, rebound to the copy (or `None` to keep it).
    fn rebound(&self, v: &Value) -> Option<Value> {
        let Value::Method(m) = v else { return None };
        let bound = m.bound.as_ref()?;
        let Some(Value::Struct(copy)) = self.copies.get(&(Rc::as_ptr(bound) as usize)) else {
            return None;
        };
        Some(Value::Method(Rc::new(Method {
            callee: m.callee.clone(),
            bound: Some(copy.clone()),
            kind: m.kind,
        })))
    }

    fn rebind_methods(&mut self) {
        for slot in std::mem::take(&mut self.methods) {
            match slot {
                Slot::Item(a, i) => {
                    let old = a.borrow().get(i).cloned();
                    if let Some(new) = old.and_then(|v| self.rebound(&v)) {
                        a.borrow_mut()[i] = new;
                    }
                }
                Slot::Field(s, k) => {
                    let old = s.borrow().get(k).cloned();
                    if let Some(new) = old.and_then(|v| self.rebound(&v)) {
                        s.borrow_mut().set(k, new);
                    }
                }
            }
        }
    }
}

/// Clones `v` to `depth` levels below the top (0: a shallow copy).
pub(crate) fn clone_value(v: &Value, depth: i64) -> Value {
    let mut c = Cloner::default();
    let out = c.copy(v, depth.clamp(0, MAX_DEPTH));
    c.rebind_methods();
    out
}

pub fn variable_clone(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let depth = int_or(args, 1, MAX_DEPTH)?;
    Ok(clone_value(arg(args, 0), depth))
}
