//! The instructions the dispatch loop runs out of line: argument arrays, statics, built-in
//! variables, `with`, `try`, constructors, closures, calls through values and the operators
//! hot loops seldom use. Keeping them out of `dispatch` keeps its hot arms small enough that
//! the loop's state (operand stack top, locals base, ip) stays in registers.
//!
//! Each runs with the loop's state written back (`Vm::stack`'s length is the operand stack
//! top, the frame's `ip` is the next instruction), works through `Vec` methods, and jumps by
//! setting the frame's `ip`; the loop reloads everything afterwards, so these may push or pop
//! frames and grow the stack.

use super::bytecode::Op;
use super::error::{Error, Result};
use super::function::{Callee, Method, MethodKind};
use super::index::{array_field_for_write, index_array_for_write, index_of};
use super::ops;
use super::scope_ref::ScopeRef;
use super::value::{StructObj, StructRef, Value};
use super::{not_callable, Handler, Vm, WithState};
use std::rc::Rc;

impl Vm {
    fn pop_value(&mut self) -> Value {
        self.stack.pop().unwrap_or(Value::Undefined)
    }

    fn top_value(&mut self) -> &mut Value {
        self.stack.last_mut().expect("operand stack")
    }

    /// Runs one of the instructions listed in the module comment for frame `fi`.
    #[inline(never)]
    pub(super) fn rare_op(&mut self, op: Op, fi: usize) -> Result<()> {
        let proto = super::interp::frame_proto(&self.frames[fi]);
        match op {
            Op::Dup2 => {
                let n = self.stack.len();
                let a = self.stack[n - 2].clone();
                let b = self.stack[n - 1].clone();
                self.stack.push(a);
                self.stack.push(b);
            }
            Op::Over => {
                let n = self.stack.len();
                let a = self.stack[n - 2].clone();
                self.stack.push(a);
            }
            Op::Swap => {
                let n = self.stack.len();
                self.stack.swap(n - 1, n - 2);
            }
            Op::LocalArrayForWrite(s) => {
                let at = self.frames[fi].base + s as usize;
                let slot = &mut self.stack[at];
                if !matches!(slot, Value::Array(_)) {
                    *slot = Value::new_array(Vec::new());
                }
                let v = slot.clone();
                self.stack.push(v);
            }
            Op::LoadArg(n) => {
                let f = &self.frames[fi];
                let v = if (n as usize) < f.args().len() {
                    f.args()[n as usize].clone()
                } else if (n as usize) < proto.param_count as usize {
                    self.stack[f.base + n as usize].clone()
                } else {
                    Value::Undefined
                };
                self.stack.push(v);
            }
            Op::StoreArg(n) => {
                let v = self.pop_value();
                let f = &mut self.frames[fi];
                if (n as usize) < f.args().len() {
                    f.args_mut()[n as usize] = v.clone();
                }
                if (n as usize) < proto.param_count as usize {
                    let at = f.base + n as usize;
                    self.stack[at] = v;
                }
            }
            Op::LoadArgIndex => {
                let i = self.pop_value();
                let i = index_of(&i)?;
                let v = match self.frames[fi].args().get(i) {
                    Some(v) => v.clone(),
                    None if i < 16 => Value::Undefined,
                    None => return Err(Error::msg(format!("argument index {i} out of range"))),
                };
                self.stack.push(v);
            }
            Op::StoreArgIndex => {
                let v = self.pop_value();
                let i = self.pop_value();
                let i = index_of(&i)?;
                let f = &mut self.frames[fi];
                if i < f.args().len() {
                    f.args_mut()[i] = v.clone();
                }
                if i < proto.param_count as usize {
                    let at = f.base + i;
                    self.stack[at] = v;
                }
            }
            Op::GlobalArrayForWrite(s) => {
                let g = self.global.clone();
                let v = array_field_for_write(&mut g.borrow_mut(), s);
                self.stack.push(v);
            }
            Op::SelfArrayForWrite(s) => {
                let target = self.frames[fi].self_.clone();
                let v = array_field_for_write(&mut target.borrow_mut(), s);
                self.stack.push(v);
            }
            Op::LoadStatic(s) => {
                let f = self.frames[fi].func.clone();
                let st = self.ensure_statics(&f);
                let v = st.borrow().get_with_statics(s);
                match v {
                    Some(v) => self.stack.push(v),
                    None => {
                        return Err(Error::msg(format!(
                            "static variable {s} not set before reading it."
                        )))
                    }
                }
            }
            Op::StoreStatic(s) => {
                let v = self.pop_value();
                let f = self.frames[fi].func.clone();
                let st = self.ensure_statics(&f);
                st.borrow_mut().set(s, v);
            }
            Op::LoadBuiltin(b) => {
                let v = self.load_builtin(b)?;
                self.stack.push(v);
            }
            Op::StoreBuiltin(b) => {
                let v = self.pop_value();
                self.store_builtin(b, v)?;
            }
            Op::PushSelf => {
                let s = self.frames[fi].self_.clone();
                let v = self.scope_value(s);
                self.stack.push(v);
            }
            Op::PushOther => {
                let s = self.frames[fi].other.clone();
                let v = self.scope_value(s);
                self.stack.push(v);
            }
            Op::PushGlobal => self.stack.push(Value::Struct(self.global.clone())),
            Op::PushScript(i) => {
                let v = self.script_value(i);
                self.stack.push(v);
            }
            Op::FieldArrayForWrite(s) => {
                let scope = self.pop_value();
                let v = self.field_array_for_write(&scope, s)?;
                self.stack.push(v);
            }
            Op::IndexArrayForWrite => {
                let i = self.pop_value();
                let a = self.pop_value();
                let v = index_array_for_write(&a, &i)?;
                self.stack.push(v);
            }
            Op::LoadKey => {
                let k = self.pop_value();
                let s = self.pop_value();
                let v = self.load_key(&s, &k)?;
                self.stack.push(v);
            }
            Op::StoreKey => {
                let v = self.pop_value();
                let k = self.pop_value();
                let s = self.pop_value();
                self.store_key(&s, k, v)?;
            }
            Op::IntDiv => {
                let b = self.pop_value();
                let a = self.pop_value();
                let r = ops::int_div(&a, &b)?;
                self.stack.push(r);
            }
            Op::Bit(bop) => {
                let b = self.pop_value();
                let a = self.pop_value();
                let r = ops::bitwise(bop, &a, &b)?;
                self.stack.push(r);
            }
            Op::ToBool => {
                let a = self.pop_value();
                let t = ops::truthy(&a)?;
                self.stack.push(Value::Bool(t));
            }
            Op::BitNot => {
                let a = self.pop_value();
                let r = ops::bit_not(&a)?;
                self.stack.push(r);
            }
            Op::Xor => {
                let b = self.pop_value();
                let a = self.pop_value();
                let x = ops::truthy(&a)?;
                let y = ops::truthy(&b)?;
                self.stack.push(Value::Bool(x != y));
            }
            Op::JumpIfNotNullish(t) => {
                if matches!(self.top_value(), Value::Undefined | Value::Ptr(0)) {
                    self.stack.pop();
                } else {
                    self.frames[fi].ip = t as usize;
                }
            }
            Op::CallValue(argc) => {
                let callee_at = self.stack.len() - argc as usize - 1;
                let callee = self.stack[callee_at].clone();
                let s = self.frames[fi].self_.clone();
                self.call_callee(&callee, s, argc as usize, 1)?;
            }
            Op::CallSelfVar(name, argc) => {
                let s = self.frames[fi].self_.clone();
                let callee = s.borrow().get_with_statics(name);
                match callee {
                    Some(c @ Value::Method(_)) => {
                        let at = self.stack.len() - argc as usize;
                        self.stack.insert(at, c.clone());
                        self.call_callee(&c, s, argc as usize, 1)?;
                    }
                    Some(other) => return Err(not_callable(&other)),
                    None => return Err(self.unknown_function(name)),
                }
            }
            Op::New(argc) => self.call_new(fi, argc as usize)?,
            Op::CallParent(argc) => {
                let child = self.frames[fi].func.clone();
                let Some(parent) = self.parent_constructor(&child) else {
                    return Err(Error::msg(format!(
                        "parent constructor {} not found",
                        proto.parent_name.map(|s| s.as_str()).unwrap_or("?")
                    )));
                };
                if !parent.proto.is_constructor {
                    return Err(Error::msg(format!(
                        "{} is not a constructor",
                        parent.display_name()
                    )));
                }
                let caller = &self.frames[fi];
                // SAFETY: the caller's frame outlives the callee's (see `ScopeRef`).
                let (s, o) = unsafe {
                    (
                        ScopeRef::borrow_from(&caller.self_),
                        ScopeRef::borrow_from(&caller.other),
                    )
                };
                self.push_frame(&parent, s, o, argc as usize, 0, None)?;
            }
            Op::MakeArray(n) => {
                let at = self.stack.len() - n as usize;
                let items: Vec<Value> = self.stack.drain(at..).collect();
                self.stack.push(Value::new_array(items));
            }
            Op::NewStruct => self.stack.push(Value::new_struct(StructObj::new())),
            Op::InitField(s) => {
                let v = self.pop_value();
                if let Value::Struct(st) = self.top_value() {
                    st.borrow_mut().set(s, v);
                }
            }
            Op::MakeMethod(i) | Op::MakeMethodForTop(i) | Op::MakeFunction(i) => {
                let f = self.function_for(&proto.children[i as usize]);
                let bound = match op {
                    Op::MakeMethod(_) => Some(self.frames[fi].self_.clone()),
                    Op::MakeMethodForTop(_) => match self.top_value() {
                        Value::Struct(s) => Some(s.clone()),
                        _ => None,
                    },
                    _ => None,
                };
                self.stack.push(Value::Method(Rc::new(Method {
                    callee: Callee::Script(f),
                    bound,
                    kind: MethodKind::Bound,
                })));
            }
            Op::EnterConstructor => self.enter_constructor(fi),
            Op::StaticsInit(t) => {
                let f = self.frames[fi].func.clone();
                if f.statics_ready.get() {
                    self.frames[fi].ip = t as usize;
                } else {
                    f.statics_ready.set(true);
                    self.ensure_statics(&f);
                }
            }
            Op::WithBegin(t) => {
                let target = self.pop_value();
                let targets = self.with_targets(&target, fi)?;
                let f = &mut self.frames[fi];
                if targets.is_empty() {
                    f.ip = t as usize;
                } else {
                    let first = targets[0].clone();
                    let saved_self = std::mem::replace(&mut f.self_, ScopeRef::owned(first));
                    let saved_other = std::mem::replace(
                        &mut f.other,
                        ScopeRef::owned(StructRef::clone(&saved_self)),
                    );
                    f.flags |= super::FRAME_SLOW;
                    self.withs.push(WithState {
                        targets,
                        pos: 0,
                        saved_self,
                        saved_other,
                    });
                }
            }
            Op::WithNext(body) => {
                let w = self.withs.last_mut().expect("with state");
                w.pos += 1;
                // Skip instances destroyed or deactivated since the loop started.
                while w.pos < w.targets.len()
                    && w.targets[w.pos]
                        .borrow()
                        .instance()
                        .is_some_and(|d| !d.is_active())
                {
                    w.pos += 1;
                }
                if w.pos < w.targets.len() {
                    self.frames[fi].self_ = ScopeRef::owned(w.targets[w.pos].clone());
                    self.frames[fi].ip = body as usize;
                } else {
                    let w = self.withs.pop().expect("with state");
                    self.frames[fi].self_ = w.saved_self;
                    self.frames[fi].other = w.saved_other;
                }
            }
            Op::WithExit => {
                let w = self.withs.pop().expect("with state");
                self.frames[fi].self_ = w.saved_self;
                self.frames[fi].other = w.saved_other;
            }
            Op::TryBegin(t) => {
                self.frames[fi].flags |= super::FRAME_SLOW;
                self.handlers.push(Handler {
                    frame: fi,
                    catch_ip: t as usize,
                    stack_len: self.stack.len(),
                    with_len: self.withs.len(),
                });
            }
            Op::TryEnd => {
                self.handlers.pop();
            }
            Op::Throw => {
                let v = self.pop_value();
                return Err(Error::Throw(v));
            }
            Op::Delete => {
                self.stack.pop();
            }
            Op::Nop => {}
            // The dispatch loop runs every other instruction itself.
            _ => unreachable!("{op:?} is run by the dispatch loop"),
        }
        Ok(())
    }

    /// `new F(args)`: stack: constructor, args. Pushes the constructor's frame on a new struct.
    fn call_new(&mut self, fi: usize, argc: usize) -> Result<()> {
        let at = self.stack.len() - argc - 1;
        let not_ctor = || Error::msg("target function for 'new' must be a constructor");
        let f = match &self.stack[at] {
            Value::Method(m) => match &m.callee {
                Callee::Script(f) if f.proto.is_constructor => f.clone(),
                _ => return Err(not_ctor()),
            },
            _ => return Err(not_ctor()),
        };
        let statics = self.ensure_statics(&f);
        let mut obj = StructObj::new();
        obj.statics = Some(statics);
        obj.constructor = Some(f.clone());
        let obj = StructObj::into_ref(obj);
        let caller = StructRef::clone(&self.frames[fi].self_);
        self.push_frame(
            &f,
            ScopeRef::owned(obj),
            ScopeRef::owned(caller),
            argc,
            1,
            None,
        )?;
        self.frames.last_mut().expect("frame").set_construct(true);
        Ok(())
    }
}
