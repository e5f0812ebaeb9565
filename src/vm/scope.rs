//! Variable access through scopes: structs, instances (by struct or id), objects, `global`,
//! and the targets of `with`.

use super::error::{Error, Result};
use super::intern::Sym;
use super::value::{RefKind, StructKind, StructRef, Value};
use super::Vm;

impl Vm {
    /// The value `self`/`other` evaluate to: the struct, or the instance's id.
    pub(crate) fn scope_value(&self, s: StructRef) -> Value {
        Value::Struct(s)
    }

    /// The struct behind a scope value, if it names exactly one.
    pub(crate) fn scope_struct(&self, v: &Value) -> Option<StructRef> {
        match v {
            Value::Struct(s) => Some(s.clone()),
            // A deactivated instance's variables stay reachable through its id (manual).
            Value::Ref(RefKind::Instance, id) => self.world.get_existing(*id),
            Value::Ref(RefKind::Object, o) => self.world.first_of(*o as usize),
            Value::Real(r) => self.scope_of_number(*r).into_iter().next(),
            _ => None,
        }
    }

    /// Legacy numeric scopes: -1 self, -2 other, -3 all, instance ids, object indexes.
    fn scope_of_number(&self, r: f64) -> Vec<StructRef> {
        let n = r as i64;
        match n {
            -1 => vec![self.current_self()],
            -2 => vec![self.current_other()],
            -3 => self.world.live().cloned().collect(),
            -4 => Vec::new(),
            n if n >= crate::runtime::world::FIRST_INSTANCE_ID => {
                self.world.get_live(n).into_iter().collect()
            }
            n if n >= 0 && (n as usize) < self.world.objects.len() => {
                self.world.instances_of(n as usize)
            }
            _ => Vec::new(),
        }
    }

    /// Everything `with (target)` visits, in creation order, snapshotted now.
    pub(crate) fn with_targets(&self, target: &Value, fi: usize) -> Result<Vec<StructRef>> {
        Ok(match target {
            Value::Struct(s) => {
                let gone = s.borrow().instance().is_some_and(|d| !d.is_active());
                if gone {
                    Vec::new()
                } else {
                    vec![s.clone()]
                }
            }
            Value::Ref(RefKind::Instance, id) => self.world.get_live(*id).into_iter().collect(),
            Value::Ref(RefKind::Object, o) => self.world.instances_of(*o as usize),
            Value::Real(r) => match *r as i64 {
                -1 => vec![self.frames[fi].self_.clone()],
                -2 => vec![self.frames[fi].other.clone()],
                _ => self.scope_of_number(*r),
            },
            Value::Undefined => Vec::new(),
            v => {
                return Err(Error::msg(format!(
                    "with: cannot use a {} as a target",
                    v.type_name()
                )))
            }
        })
    }

    pub(crate) fn missing_var(&self, scope: &StructRef, name: Sym) -> Error {
        let s = scope.borrow();
        match &s.kind {
            StructKind::Global => Error::msg(format!(
                "global variable name '{name}' index ({}) not set before reading it.",
                name.0
            )),
            StructKind::Instance(d) => {
                let obj = self
                    .world
                    .objects
                    .get(d.object_index)
                    .map(|o| o.name.to_string())
                    .unwrap_or_default();
                Error::msg(format!(
                    "Variable {obj}.{name}({}, -2147483648) not set before reading it.",
                    d.id
                ))
            }
            StructKind::Plain => Error::msg(format!(
                "Variable <unknown_object>.{name}(-1, -2147483648) not set before reading it."
            )),
        }
    }

    /// Writes a variable on a struct or instance (instance built-ins keep their side effects).
    pub(crate) fn store_var(&mut self, target: &StructRef, name: Sym, v: Value) {
        store_var(target, name, v)
    }

    /// `store_var` for builtins (keeps the instance built-in side effects).
    pub fn store_var_pub(&mut self, target: &StructRef, name: Sym, v: Value) {
        self.store_var(target, name, v)
    }

    pub(crate) fn load_field(&mut self, scope: &Value, name: Sym) -> Result<Value> {
        match scope {
            Value::Struct(s) => {
                let v = s.borrow().get_with_statics(name);
                match v {
                    Some(v) => Ok(v),
                    // A weak reference's `ref` is its target, or undefined once that is gone.
                    None if name.as_str() == "ref"
                        && crate::builtins::structs::weak::is_weak_ref(scope) =>
                    {
                        Ok(crate::builtins::structs::weak::weak_ref_target(scope)
                            .unwrap_or_default())
                    }
                    None => Err(self.missing_var(s, name)),
                }
            }
            Value::Ref(RefKind::Instance, _) | Value::Ref(RefKind::Object, _) | Value::Real(_) => {
                match self.scope_struct(scope) {
                    Some(s) => {
                        let v = s.borrow().get_with_statics(name);
                        v.ok_or_else(|| self.missing_var(&s, name))
                    }
                    None => Err(Error::msg(format!(
                        "Unable to find instance for object index {}",
                        scope.as_f64().unwrap_or(-4.0) as i64
                    ))),
                }
            }
            // `Counter.made`: a function's statics, readable after its first call.
            Value::Method(m) => match &m.callee {
                super::function::Callee::Script(f) => {
                    let statics = f.statics.borrow().clone();
                    statics
                        .and_then(|s| s.borrow().get_with_statics(name))
                        .ok_or_else(|| {
                            Error::msg(format!(
                                "Variable {}.{name}(-1, -2147483648) not set before reading it.",
                                f.display_name()
                            ))
                        })
                }
                super::function::Callee::Native(_) => Err(Error::msg(format!(
                    "unable to read field '{name}' of a function"
                ))),
            },
            Value::Undefined => Err(Error::msg(format!(
                "unable to read field '{name}' of undefined"
            ))),
            v => Err(Error::msg(format!(
                "unable to read field '{name}' of a {}",
                v.type_name()
            ))),
        }
    }

    pub(crate) fn store_field(&mut self, scope: &Value, name: Sym, v: Value) -> Result<()> {
        match scope {
            Value::Struct(s) => {
                self.store_var(s, name, v);
                Ok(())
            }
            Value::Method(m) => match &m.callee {
                super::function::Callee::Script(f) => {
                    let st = self.ensure_statics(f);
                    st.borrow_mut().set(name, v);
                    Ok(())
                }
                super::function::Callee::Native(_) => Err(Error::msg(format!(
                    "unable to set field '{name}' of a function"
                ))),
            },
            Value::Ref(RefKind::Instance, _) => match self.scope_struct(scope) {
                Some(s) => {
                    self.store_var(&s, name, v);
                    Ok(())
                }
                None => Err(Error::msg(format!(
                    "Unable to find instance for object index {}",
                    scope.as_f64().unwrap_or(-4.0) as i64
                ))),
            },
            // `obj.x = v` and `all.x = v` set every such instance.
            Value::Ref(RefKind::Object, _) | Value::Real(_) => {
                let targets = self.with_targets(scope, self.frames.len().saturating_sub(1))?;
                if targets.is_empty() {
                    return Err(Error::msg(format!(
                        "Unable to find instance for object index {}",
                        scope.as_f64().unwrap_or(-4.0) as i64
                    )));
                }
                for t in targets {
                    self.store_var(&t, name, v.clone());
                }
                Ok(())
            }
            v => Err(Error::msg(format!(
                "unable to set field '{name}' of a {}",
                v.type_name()
            ))),
        }
    }

    pub(crate) fn field_array_for_write(&mut self, scope: &Value, name: Sym) -> Result<Value> {
        match self.scope_struct(scope) {
            Some(s) => Ok(super::index::array_field_for_write(
                &mut s.borrow_mut(),
                name,
            )),
            None => Err(Error::msg(format!(
                "unable to set field '{name}' of a {}",
                scope.type_name()
            ))),
        }
    }

    fn key_sym(&mut self, k: &Value) -> Result<Sym> {
        match k {
            Value::Str(s) => Ok(Sym::intern_key(s)),
            other => {
                let s = self.stringify(other)?;
                Ok(Sym::intern_key_owned(s))
            }
        }
    }

    /// `s[$ k]`: undefined when missing.
    pub(crate) fn load_key(&mut self, scope: &Value, k: &Value) -> Result<Value> {
        if let (Value::Struct(s), Value::Str(t)) = (scope, k) {
            // The dictionary case, without taking a reference to the struct.
            return Ok(match Sym::lookup(t) {
                Some(sym) => s.borrow().get_with_statics(sym).unwrap_or_default(),
                None => Value::Undefined,
            });
        }
        let Some(s) = self.scope_struct(scope) else {
            return Err(Error::msg(format!(
                "unable to use [$ ] on a {}",
                scope.type_name()
            )));
        };
        let sym = match k {
            Value::Str(t) => match Sym::lookup(t) {
                Some(sym) => sym,
                None => return Ok(Value::Undefined),
            },
            _ => self.key_sym(k)?,
        };
        let v = s.borrow().get_with_statics(sym);
        Ok(v.unwrap_or(Value::Undefined))
    }

    /// `s[$ k] = v`. The key is moved in: a new key's text becomes the name's own when no one
    /// else holds the string (`"k" + string(i)`), saving a copy.
    pub(crate) fn store_key(&mut self, scope: &Value, k: Value, v: Value) -> Result<()> {
        let held;
        let s = match scope {
            Value::Struct(s) => s,
            _ => match self.scope_struct(scope) {
                Some(s) => {
                    held = s;
                    &held
                }
                None => {
                    return Err(Error::msg(format!(
                        "unable to use [$ ] on a {}",
                        scope.type_name()
                    )))
                }
            },
        };
        let sym = match k {
            Value::Str(text) => match std::rc::Rc::try_unwrap(text) {
                Ok(text) => Sym::intern_key_owned(text),
                Err(text) => Sym::intern_key(&text),
            },
            other => self.key_sym(&other)?,
        };
        store_var(s, sym, v);
        // A loop making many distinct keys must not grow the name table without bound. Only
        // when no native is running: then no Rust code holds a name or an unregistered struct.
        if self.native_depth <= 1 && super::intern::reclaim_due() {
            super::gc::reclaim_keys(self);
        }
        Ok(())
    }
}

/// `store_var` for a field instruction with a cache (`StoreSelf`): straight into the cached slot
/// when the write has no side effect, else the general write, after which the cache learns.
#[inline(always)]
pub(crate) fn store_var_cached(
    target: &StructRef,
    name: Sym,
    v: Value,
    cache: &super::field_cache::FieldCache,
) {
    let rest = match cache.slot_for_store(&mut target.borrow_mut(), name) {
        Some(slot) => {
            super::value::overwrite(slot, v);
            None
        }
        None => Some(v),
    };
    if let Some(v) = rest {
        store_var(target, name, v);
        cache.learn_store(&target.borrow(), name);
    }
}

/// Writes a variable on a struct or instance (instance built-ins keep their side effects).
pub(crate) fn store_var(target: &StructRef, name: Sym, v: Value) {
    let mut s = target.borrow_mut();
    if let StructKind::Instance(_) = s.kind {
        if crate::runtime::instance::set_builtin(&mut s, name, &v) {
            return;
        }
    }
    s.set(name, v);
}
