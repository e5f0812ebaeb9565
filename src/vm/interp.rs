//! The dispatch loop. Real/real arithmetic and comparisons are inlined; everything else goes
//! through `ops`. Errors unwind to the nearest `try` handler of this run, else return.
//! The loop is one long `match` on purpose: keeping every instruction's code in one function
//! keeps the operand stack, ip and frame base in registers.

use super::bytecode::{ArithOp, Op};
use super::call::{owns_heap, truncate_stack};
use super::error::{Error, Result};
use super::function::FunctionObj;
use super::function::{Callee, Method, MethodKind};
use super::index::{
    array_field_for_write, index_array_for_write, index_of, load_index_slow, store_index,
};
use super::ops::{self, cmp_const, cmp_values};
use super::scope_ref::{FuncRef, ScopeRef};
use super::value::{StructObj, StructRef, Value};
use super::{not_callable, Frame, Handler, Vm, WithState, MAX_CALL_DEPTH};
use smallvec::SmallVec;
use std::rc::Rc;
use std::sync::atomic::Ordering;

pub(crate) type Args = SmallVec<[Value; 8]>;

impl Vm {
    /// Runs frames until the frame count drops back to `depth`; returns the last frame's result.
    pub(crate) fn execute(&mut self, depth: usize) -> Result<Value> {
        loop {
            match self.dispatch(depth) {
                Ok(v) => return Ok(v),
                Err(mut e) => {
                    // An interrupt wins over any catch (a loop that throws and catches forever
                    // must still stop on Ctrl-C or --timeout).
                    if self.interrupt.load(Ordering::Relaxed) {
                        e = Error::Interrupted;
                    }
                    self.locate(&mut e);
                    // The nearest handler installed by a frame of this run takes it.
                    let handler = match self.handlers.last() {
                        Some(h) if h.frame >= depth && !matches!(e, Error::Interrupted) => {
                            self.handlers.pop()
                        }
                        _ => None,
                    };
                    match handler {
                        Some(h) => {
                            self.unwind_to(h.frame + 1, h.with_len);
                            self.stack.truncate(h.stack_len);
                            let v = self.error_value(e);
                            self.stack.push(v);
                            self.frames[h.frame].ip = h.catch_ip;
                        }
                        None => {
                            self.unwind_to(
                                depth,
                                self.frames
                                    .get(depth)
                                    .map(|f| f.with_base)
                                    .unwrap_or(self.withs.len()),
                            );
                            if let Some(f) = self.frames.get(depth) {
                                self.stack.truncate(f.ret_len);
                            }
                            self.frames.truncate(depth);
                            self.handlers.retain(|h| h.frame < depth);
                            return Err(e);
                        }
                    }
                }
            }
        }
    }

    /// Pops frames down to `len` frames and `with` states down to `with_len`, restoring the
    /// self/other that those `with`s replaced.
    fn unwind_to(&mut self, len: usize, with_len: usize) {
        self.save_kept_locals(len);
        while self.withs.len() > with_len {
            let w = self.withs.pop().expect("with state");
            // The frame that ran this `with` gets its scope back.
            if let Some(f) = self
                .frames
                .iter_mut()
                .rev()
                .find(|f| f.with_base <= self.withs.len())
            {
                f.self_ = w.saved_self;
                f.other = w.saved_other;
            }
        }
        if self.frames.len() > len {
            self.frames.truncate(len);
        }
    }

    /// REPL: remember the top-level frame's locals before it goes away.
    fn save_kept_locals(&mut self, new_len: usize) {
        if let Some((depth, base, n)) = self.keep_locals {
            if new_len <= depth && self.frames.len() > depth {
                let end = (base + n).min(self.stack.len());
                self.kept_locals = Some(self.stack[base..end].to_vec());
            }
        }
    }

    fn dispatch(&mut self, depth: usize) -> Result<Value> {
        let mut fi = self.frames.len() - 1;
        let mut proto = frame_proto(&self.frames[fi]);
        let mut ip = self.frames[fi].ip;
        let mut base = self.frames[fi].base;
        let mut ticks: u32 = 0;

        // Writes in place: a shared `Vec::push` tail would copy every pushed value through one
        // stack temporary, and that 16-byte reload of two narrower stores stalls the CPU.
        macro_rules! spush {
            ($v:expr) => {{
                let v: Value = $v;
                // As two machine words, so a tail shared by many arms merges registers, not a
                // 16-byte memory temporary.
                // SAFETY: Value is 16 bytes; MaybeUninit words may hold its padding.
                let raw: [std::mem::MaybeUninit<u64>; 2] = unsafe { std::mem::transmute(v) };
                let st = &mut self.stack;
                if st.len() == st.capacity() {
                    st.reserve(256);
                }
                // SAFETY: capacity was checked above; the slot past `len` is uninitialised, and
                // `raw` is a moved Value.
                unsafe {
                    let l = st.len();
                    let p = st.as_mut_ptr().add(l) as *mut std::mem::MaybeUninit<u64>;
                    std::ptr::write_volatile(p, raw[0]);
                    std::ptr::write_volatile(p.add(1), raw[1]);
                    st.set_len(l + 1);
                }
            }};
        }
        // Reads the slot as two words for the same reason `spush` writes it so: the stores of a
        // push must forward to the loads of the pop that usually follows at once.
        macro_rules! pop {
            () => {{
                let st = &mut self.stack;
                let l = st.len();
                if l == 0 {
                    Value::Undefined
                } else {
                    // SAFETY: slot `l - 1` holds an initialised Value, moved out as we shrink.
                    unsafe {
                        st.set_len(l - 1);
                        // Volatile keeps them two 8-byte loads (LLVM would fuse them into one
                        // 16-byte load, which cannot take its data from two 8-byte stores).
                        let p = st.as_ptr().add(l - 1) as *const std::mem::MaybeUninit<u64>;
                        let raw = [
                            std::ptr::read_volatile(p),
                            std::ptr::read_volatile(p.add(1)),
                        ];
                        std::mem::transmute::<[std::mem::MaybeUninit<u64>; 2], Value>(raw)
                    }
                }
            }};
        }
        macro_rules! top {
            () => {
                self.stack.last_mut().expect("operand stack")
            };
        }
        // Saves the ip so errors and nested calls see where we are.
        macro_rules! sync {
            () => {
                self.frames[fi].ip = ip;
            };
        }
        // After a call or return: also counts toward polling (recursion has no back-jumps).
        macro_rules! reload {
            () => {
                fi = self.frames.len() - 1;
                proto = frame_proto(&self.frames[fi]);
                ip = self.frames[fi].ip;
                base = self.frames[fi].base;
                ticks = ticks.wrapping_add(1);
                if ticks.is_multiple_of(super::interrupt::POLL_TICKS) {
                    self.poll_interrupt()?;
                }
            };
        }
        // After pushing a plain frame (whose base is already set): start its code.
        macro_rules! enter {
            ($proto:expr) => {
                fi = self.frames.len() - 1;
                proto = $proto;
                ip = 0;
                ticks = ticks.wrapping_add(1);
                if ticks.is_multiple_of(super::interrupt::POLL_TICKS) {
                    self.poll_interrupt()?;
                }
            };
        }
        macro_rules! tryop {
            ($e:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(e) => {
                        sync!();
                        return Err(e);
                    }
                }
            };
        }
        // A backward jump is a loop iteration: every POLL_TICKS of them, see whether Ctrl-C,
        // --timeout or the memory limit asks the running code to stop (interrupt.rs).
        macro_rules! jump {
            ($t:expr) => {{
                let t = $t as usize;
                if t < ip {
                    ticks = ticks.wrapping_add(1);
                    if ticks.is_multiple_of(super::interrupt::POLL_TICKS) {
                        sync!();
                        self.poll_interrupt()?;
                    }
                }
                ip = t;
            }};
        }
        // The running instruction's inline cache (field instructions only).
        macro_rules! field_cache {
            () => {
                // SAFETY: `field_caches` has one entry per instruction and `ip - 1` is the
                // running instruction's index.
                unsafe { proto.field_caches.get_unchecked(ip - 1) }
            };
        }
        macro_rules! compare {
            ($pred:expr) => {{
                let b = pop!();
                let a = top!();
                let r = match (&*a, &b) {
                    (Value::Real(x), Value::Real(y)) => {
                        if x.is_nan() || y.is_nan() {
                            Some(1)
                        } else {
                            Some(ops::cmp_real(*x, *y, self.epsilon))
                        }
                    }
                    _ => {
                        let a2 = a.clone();
                        tryop!(ops::compare(&a2, &b, self.epsilon))
                    }
                };
                *top!() = Value::Bool(r.map($pred).unwrap_or(false));
            }};
        }
        macro_rules! arith {
            ($op:tt, $slow:expr) => {{
                let b = pop!();
                let a = top!();
                if let (Value::Real(x), Value::Real(y)) = (&mut *a, &b) {
                    *x $op *y;
                } else {
                    let a2 = a.clone();
                    let r = tryop!($slow(&a2, &b));
                    *top!() = r;
                }
            }};
        }

        loop {
            // SAFETY: every proto ends in a return and every jump targets an instruction of its
            // own proto (`code_is_closed`, checked when compiled), so ip stays in range.
            let op = unsafe { *proto.code.get_unchecked(ip) };
            ip += 1;
            match op {
                Op::Const(i) => spush!(proto.consts[i as usize].clone()),
                Op::PushReal(r) => spush!(Value::Real(r)),
                Op::PushUndefined => spush!(Value::Undefined),
                Op::PushBool(b) => spush!(Value::Bool(b)),
                Op::Pop => {
                    self.stack.pop();
                }
                Op::Dup => {
                    let v = top!().clone();
                    spush!(v);
                }
                Op::Dup2 => {
                    let n = self.stack.len();
                    let a = self.stack[n - 2].clone();
                    let b = self.stack[n - 1].clone();
                    spush!(a);
                    spush!(b);
                }
                Op::Over => {
                    let n = self.stack.len();
                    let a = self.stack[n - 2].clone();
                    spush!(a);
                }
                Op::Swap => {
                    let n = self.stack.len();
                    self.stack.swap(n - 1, n - 2);
                }
                Op::LoadLocal(s) => {
                    let v = &self.stack[base + s as usize];
                    if let Value::Unset = v {
                        sync!();
                        return Err(unset_local(proto, s));
                    }
                    let v = v.clone();
                    spush!(v);
                }
                Op::StoreLocal(s) => {
                    let st = &mut self.stack;
                    let at = base + s as usize;
                    let l = st.len();
                    if at + 1 < l {
                        // Moves the top into the slot word by word: a popped Value written back
                        // through a 16-byte temporary stalls on its two 8-byte halves.
                        // SAFETY: `at` is below the top slot `l - 1`, both initialised; the top
                        // is moved (the length shrinks past it) and the slot's old value is
                        // dropped once, before it is overwritten.
                        unsafe {
                            st.set_len(l - 1);
                            let dst = st.as_mut_ptr().add(at);
                            if owns_heap(&*dst) {
                                std::ptr::drop_in_place(dst);
                            }
                            let src = st.as_ptr().add(l - 1) as *const std::mem::MaybeUninit<u64>;
                            let dst = dst as *mut std::mem::MaybeUninit<u64>;
                            std::ptr::write_volatile(dst, std::ptr::read_volatile(src));
                            std::ptr::write_volatile(
                                dst.add(1),
                                std::ptr::read_volatile(src.add(1)),
                            );
                        }
                    } else {
                        let v = pop!();
                        self.stack[at] = v;
                    }
                }
                Op::IncLocal(s, d) => {
                    let slot = &mut self.stack[base + s as usize];
                    match slot {
                        Value::Real(r) => *r += d as f64,
                        Value::Int64(i) => *i = i.wrapping_add(d as i64),
                        _ => {
                            let v = slot.clone();
                            if let Value::Unset = v {
                                sync!();
                                return Err(unset_local(proto, s));
                            }
                            let r = tryop!(ops::add(self, &v, &Value::Real(d as f64)));
                            self.stack[base + s as usize] = r;
                        }
                    }
                }
                Op::AddToLocal(s) => {
                    let b = pop!();
                    let slot = &mut self.stack[base + s as usize];
                    match (&mut *slot, &b) {
                        (Value::Real(x), Value::Real(y)) => *x += *y,
                        (Value::Str(x), Value::Str(y))
                            if x.len() + y.len() <= ops::MAX_STRING_BYTES =>
                        {
                            Rc::make_mut(x).push_str(y)
                        }
                        _ => {
                            let a = slot.clone();
                            if let Value::Unset = a {
                                sync!();
                                return Err(unset_local(proto, s));
                            }
                            let r = tryop!(ops::add(self, &a, &b));
                            self.stack[base + s as usize] = r;
                        }
                    }
                }
                Op::LocalArrayForWrite(s) => {
                    let slot = &mut self.stack[base + s as usize];
                    if !matches!(slot, Value::Array(_)) {
                        *slot = Value::new_array(Vec::new());
                    }
                    let v = slot.clone();
                    spush!(v);
                }
                Op::LoadArg(n) => {
                    let f = &self.frames[fi];
                    let v = if (n as usize) < f.args().len() {
                        f.args()[n as usize].clone()
                    } else if (n as usize) < proto.param_count as usize {
                        self.stack[base + n as usize].clone()
                    } else {
                        Value::Undefined
                    };
                    spush!(v);
                }
                Op::StoreArg(n) => {
                    let v = pop!();
                    let f = &mut self.frames[fi];
                    if (n as usize) < f.args().len() {
                        f.args_mut()[n as usize] = v.clone();
                    }
                    if (n as usize) < proto.param_count as usize {
                        self.stack[base + n as usize] = v;
                    }
                }
                Op::LoadArgIndex => {
                    let i = pop!();
                    let i = tryop!(index_of(&i));
                    let f = &self.frames[fi];
                    let v = match f.args().get(i) {
                        Some(v) => v.clone(),
                        None if i < 16 => Value::Undefined,
                        None => {
                            sync!();
                            return Err(Error::msg(format!("argument index {i} out of range")));
                        }
                    };
                    spush!(v);
                }
                Op::StoreArgIndex => {
                    let v = pop!();
                    let i = pop!();
                    let i = tryop!(index_of(&i));
                    let f = &mut self.frames[fi];
                    if i < f.args().len() {
                        f.args_mut()[i] = v.clone();
                    }
                    if i < proto.param_count as usize {
                        self.stack[base + i] = v;
                    }
                }
                Op::LoadGlobal(s) => {
                    let v = field_cache!().get(&self.global.borrow(), s).cloned();
                    match v {
                        Some(v) => spush!(v),
                        None => {
                            sync!();
                            return Err(Error::msg(format!(
                                "global variable name '{s}' index ({}) not set before reading it.",
                                s.0
                            )));
                        }
                    }
                }
                Op::StoreGlobal(s) => {
                    let v = pop!();
                    let cache = field_cache!();
                    let mut g = self.global.borrow_mut();
                    match cache.slot_for_store(&mut g, s) {
                        Some(slot) => *slot = v,
                        None => {
                            g.set(s, v);
                            cache.learn_store(&g, s);
                        }
                    }
                }
                Op::GlobalArrayForWrite(s) => {
                    let g = self.global.clone();
                    let v = array_field_for_write(&mut g.borrow_mut(), s);
                    spush!(v);
                }
                Op::LoadSelf(s) => {
                    let v = {
                        let me = self.frames[fi].self_.borrow();
                        match field_cache!().get(&me, s) {
                            Some(v) => Some(v.clone()),
                            None => me.get_with_statics(s),
                        }
                    };
                    match v {
                        Some(v) => spush!(v),
                        None => {
                            sync!();
                            let scope = self.frames[fi].self_.clone();
                            return Err(self.missing_var(&scope, s));
                        }
                    }
                }
                Op::StoreSelf(s) => {
                    let v = pop!();
                    let cache = field_cache!();
                    let target = &self.frames[fi].self_;
                    let rest = match cache.slot_for_store(&mut target.borrow_mut(), s) {
                        Some(slot) => {
                            *slot = v;
                            None
                        }
                        None => Some(v),
                    };
                    if let Some(v) = rest {
                        super::scope::store_var(target, s, v);
                        cache.learn_store(&target.borrow(), s);
                    }
                }
                Op::SelfArrayForWrite(s) => {
                    let target = self.frames[fi].self_.clone();
                    let v = array_field_for_write(&mut target.borrow_mut(), s);
                    spush!(v);
                }
                Op::LoadStatic(s) => {
                    let f = self.frames[fi].func.clone();
                    let st = self.ensure_statics(&f);
                    let v = st.borrow().get_with_statics(s);
                    match v {
                        Some(v) => spush!(v),
                        None => {
                            sync!();
                            return Err(Error::msg(format!(
                                "static variable {s} not set before reading it."
                            )));
                        }
                    }
                }
                Op::StoreStatic(s) => {
                    let v = pop!();
                    let f = self.frames[fi].func.clone();
                    let st = self.ensure_statics(&f);
                    st.borrow_mut().set(s, v);
                }
                Op::LoadBuiltin(b) => {
                    sync!();
                    let v = tryop!(self.load_builtin(b));
                    spush!(v);
                }
                Op::StoreBuiltin(b) => {
                    let v = pop!();
                    sync!();
                    tryop!(self.store_builtin(b, v));
                }
                Op::PushSelf => {
                    let s = self.frames[fi].self_.clone();
                    spush!(self.scope_value(s));
                }
                Op::PushOther => {
                    let s = self.frames[fi].other.clone();
                    spush!(self.scope_value(s));
                }
                Op::PushGlobal => spush!(Value::Struct(self.global.clone())),
                Op::PushScript(i) => {
                    let v = self.script_value(i);
                    spush!(v);
                }
                Op::LoadField(s) => {
                    let scope = pop!();
                    let v = match &scope {
                        Value::Struct(st) => field_cache!().get_cloned(st, s),
                        _ => None,
                    };
                    let v = match v {
                        Some(v) => v,
                        None => {
                            sync!();
                            tryop!(self.load_field(&scope, s))
                        }
                    };
                    spush!(v);
                }
                Op::StoreField(s) => {
                    let v = pop!();
                    let scope = pop!();
                    let cache = field_cache!();
                    let rest = cache.try_store(&scope, s, v);
                    if let Some(v) = rest {
                        sync!();
                        tryop!(self.store_field(&scope, s, v));
                        if let Value::Struct(st) = &scope {
                            cache.learn_store(&st.borrow(), s);
                        }
                    }
                }
                Op::FieldArrayForWrite(s) => {
                    let scope = pop!();
                    sync!();
                    let v = tryop!(self.field_array_for_write(&scope, s));
                    spush!(v);
                }
                Op::LoadIndex => {
                    let i = pop!();
                    let a = pop!();
                    let v = match (&a, &i) {
                        (Value::Array(arr), Value::Real(r)) if *r >= 0.0 => {
                            let arr = arr.borrow();
                            match arr.get(*r as usize) {
                                Some(v) => v.clone(),
                                None => {
                                    sync!();
                                    return Err(Error::msg(format!(
                                        "Variable Index [{}] out of range [{}]",
                                        *r as i64,
                                        arr.len()
                                    )));
                                }
                            }
                        }
                        _ => {
                            sync!();
                            tryop!(load_index_slow(&a, &i))
                        }
                    };
                    spush!(v);
                }
                Op::StoreIndex => {
                    let v = pop!();
                    let i = pop!();
                    let a = pop!();
                    sync!();
                    tryop!(store_index(&a, &i, v));
                }
                Op::IndexArrayForWrite => {
                    let i = pop!();
                    let a = pop!();
                    sync!();
                    let v = tryop!(index_array_for_write(&a, &i));
                    spush!(v);
                }
                Op::LoadKey => {
                    let k = pop!();
                    let s = pop!();
                    sync!();
                    let v = tryop!(self.load_key(&s, &k));
                    spush!(v);
                }
                Op::StoreKey => {
                    let v = pop!();
                    let k = pop!();
                    let s = pop!();
                    sync!();
                    tryop!(self.store_key(&s, k, v));
                }
                Op::Add => {
                    let b = pop!();
                    let a = top!();
                    match (&mut *a, &b) {
                        (Value::Real(x), Value::Real(y)) => *x += *y,
                        _ => {
                            // Moved out (not cloned), so an unshared string can grow in place.
                            let a2 = std::mem::take(a);
                            let r = tryop!(ops::add_owned(self, a2, b));
                            *top!() = r;
                        }
                    }
                }
                Op::Sub => arith!(-=, ops::sub),
                Op::Mul => arith!(*=, ops::mul),
                Op::Div => arith!(/=, ops::div),
                Op::Mod => {
                    let b = pop!();
                    let a = top!();
                    match (&mut *a, &b) {
                        (Value::Real(x), Value::Real(y)) if *y != 0.0 => *x = ops::real_mod(*x, *y),
                        _ => {
                            let a2 = a.clone();
                            let r = tryop!(ops::modulo(&a2, &b));
                            *top!() = r;
                        }
                    }
                }
                Op::IntDiv => {
                    let b = pop!();
                    let a = pop!();
                    let r = tryop!(ops::int_div(&a, &b));
                    spush!(r);
                }
                Op::Bit(bop) => {
                    let b = pop!();
                    let a = pop!();
                    let r = tryop!(ops::bitwise(bop, &a, &b));
                    spush!(r);
                }
                Op::Neg => {
                    let a = top!();
                    if let Value::Real(x) = a {
                        *x = -*x;
                    } else {
                        let a2 = a.clone();
                        let r = tryop!(ops::negate(&a2));
                        *top!() = r;
                    }
                }
                Op::Not => {
                    let a = pop!();
                    let t = tryop!(ops::truthy(&a));
                    spush!(Value::Bool(!t));
                }
                Op::ToBool => {
                    let a = pop!();
                    let t = tryop!(ops::truthy(&a));
                    spush!(Value::Bool(t));
                }
                Op::BitNot => {
                    let a = pop!();
                    let r = tryop!(ops::bit_not(&a));
                    spush!(r);
                }
                Op::Eq => {
                    let b = pop!();
                    let a = top!();
                    let r = ops::equals(a, &b, self.epsilon);
                    *a = Value::Bool(r);
                }
                Op::Ne => {
                    let b = pop!();
                    let a = top!();
                    let r = ops::equals(a, &b, self.epsilon);
                    *a = Value::Bool(!r);
                }
                Op::Lt => compare!(|c| c < 0),
                Op::Le => compare!(|c| c <= 0),
                Op::Gt => compare!(|c| c > 0),
                Op::Ge => compare!(|c| c >= 0),
                Op::Xor => {
                    let b = pop!();
                    let a = pop!();
                    let x = tryop!(ops::truthy(&a));
                    let y = tryop!(ops::truthy(&b));
                    spush!(Value::Bool(x != y));
                }
                Op::Jump(t) => jump!(t),
                Op::JumpIfFalse(t) => {
                    let c = pop!();
                    let truth = match c {
                        Value::Bool(b) => b,
                        Value::Real(r) => r > 0.5,
                        _ => tryop!(ops::truthy(&c)),
                    };
                    if !truth {
                        jump!(t);
                    }
                }
                Op::JumpIfTrue(t) => {
                    let c = pop!();
                    let truth = match c {
                        Value::Bool(b) => b,
                        Value::Real(r) => r > 0.5,
                        _ => tryop!(ops::truthy(&c)),
                    };
                    if truth {
                        ip = t as usize;
                    }
                }
                Op::JumpIfNotNullish(t) => {
                    let nullish = matches!(top!(), Value::Undefined | Value::Ptr(0));
                    if nullish {
                        self.stack.pop();
                    } else {
                        ip = t as usize;
                    }
                }
                Op::RepeatStep(s, t) => {
                    let slot = &mut self.stack[base + s as usize];
                    let n = match &*slot {
                        Value::Real(r) => r.trunc(),
                        other => match other.as_f64() {
                            Some(r) => r.trunc(),
                            None => {
                                sync!();
                                return Err(Error::msg("repeat count is not a number"));
                            }
                        },
                    };
                    if n.is_nan() || n <= 0.0 {
                        ip = t as usize;
                    } else {
                        *slot = Value::Real(n - 1.0);
                        ticks = ticks.wrapping_add(1);
                        if ticks.is_multiple_of(super::interrupt::POLL_TICKS) {
                            sync!();
                            self.poll_interrupt()?;
                        }
                    }
                }
                Op::CallScript(i, argc) => {
                    sync!();
                    let f: *const Rc<FunctionObj> = match self.scripts.get(i as usize) {
                        Some(Some(f)) => f,
                        _ => return Err(Error::msg("script function is not defined yet")),
                    };
                    // SAFETY: the script table is not changed while a frame is pushed, and an
                    // entry replaced while code runs is retired, not dropped (`define_script`).
                    let f = unsafe { &*f };
                    let argc = argc as usize;
                    // A script function runs in the caller's scope, borrowed from its frame, and
                    // its function is borrowed from the script table.
                    let caller = &self.frames[fi];
                    // SAFETY: the caller's frame outlives the callee's (see `RcRef`).
                    let (func, s, o) = unsafe {
                        (
                            FuncRef::borrow_from(f),
                            ScopeRef::borrow_from(&caller.self_),
                            ScopeRef::borrow_from(&caller.other),
                        )
                    };
                    if f.plain
                        && argc <= f.proto.param_count as usize
                        && self.frames.len() < MAX_CALL_DEPTH
                    {
                        base = self.stack.len() - argc;
                        self.push_plain_frame(func, s, o, base, argc, 0);
                        enter!(&f.proto);
                    } else {
                        f.check_plain_call()?;
                        self.push_frame_ref(func, s, o, argc, 0, None)?;
                        reload!();
                    }
                }
                Op::CallNative(i, argc) => {
                    sync!();
                    let b = self.natives[i as usize];
                    let n = self.stack.len() - argc as usize;
                    let args: Args = self.stack.drain(n..).collect();
                    let v = self.run_native(b, &args)?;
                    spush!(v);
                    if self.frames.len() - 1 != fi {
                        reload!();
                    }
                }
                Op::CallValue(argc) => {
                    sync!();
                    let callee_at = self.stack.len() - argc as usize - 1;
                    let callee = self.stack[callee_at].clone();
                    let s = self.frames[fi].self_.clone();
                    if self.call_callee(&callee, s, argc as usize, 1)? {
                        reload!();
                    }
                }
                Op::CallField(name, argc) => {
                    sync!();
                    let argc = argc as usize;
                    let scope_at = self.stack.len() - argc - 1;
                    // A GML method of a struct (`p.move(1)`), found through this instruction's
                    // cache: the frame owns the function, so the method value need not be
                    // slotted under the arguments.
                    // A plain GML method of a struct (`p.move(1)`), found through this
                    // instruction's cache: straight to its frame.
                    if let Some(p) = self.call_field_fast(fi, scope_at, name, argc, field_cache!())
                    {
                        base = scope_at + 1;
                        enter!(p);
                        continue;
                    }
                    let found = match &self.stack[scope_at] {
                        Value::Struct(st) => st.borrow().get_with_statics(name),
                        _ => None,
                    };
                    let callee = match found {
                        Some(v) => v,
                        None => {
                            let scope = self.stack[scope_at].clone();
                            self.load_field(&scope, name)?
                        }
                    };
                    // Under the arguments: it keeps the function alive while its frame borrows it.
                    self.stack.insert(scope_at + 1, callee);
                    let callee_at = self.stack.len() - argc - 1;
                    // A GML method on a struct (`p.move(1)`): straight to its frame.
                    if let (Value::Struct(scope), Value::Method(m)) =
                        (&self.stack[callee_at - 1], &self.stack[callee_at])
                    {
                        if let Callee::Script(f) = &m.callee {
                            if f.plain
                                && argc <= f.proto.param_count as usize
                                && self.frames.len() < MAX_CALL_DEPTH
                            {
                                let proto_ptr: *const super::bytecode::Proto = &*f.proto;
                                // SAFETY: the scope and method slots stay below the new frame's
                                // base, untouched until it returns, and keep the function and
                                // its self alive; the caller's frame outlives the callee's.
                                let (func, s, o) = unsafe {
                                    (
                                        FuncRef::borrow_from(f),
                                        ScopeRef::borrow_from(m.bound.as_ref().unwrap_or(scope)),
                                        ScopeRef::borrow_from(&self.frames[fi].self_),
                                    )
                                };
                                base = self.stack.len() - argc;
                                self.push_plain_frame(func, s, o, base, argc, 2);
                                // SAFETY: the frame just pushed owns (or borrows) the function.
                                enter!(unsafe { &*proto_ptr });
                                continue;
                            }
                        }
                    }
                    if self.call_method_slow(fi, callee_at, argc)? {
                        reload!();
                    }
                }
                Op::CallSelfVar(name, argc) => {
                    sync!();
                    let s = self.frames[fi].self_.clone();
                    let callee = s.borrow().get_with_statics(name);
                    match callee {
                        Some(c @ Value::Method(_)) => {
                            let at = self.stack.len() - argc as usize;
                            self.stack.insert(at, c.clone());
                            if self.call_callee(&c, s, argc as usize, 1)? {
                                reload!();
                            }
                        }
                        Some(other) => return Err(not_callable(&other)),
                        None => return Err(self.unknown_function(name)),
                    }
                }
                Op::New(argc) => {
                    sync!();
                    let at = self.stack.len() - argc as usize - 1;
                    let ctor = self.stack[at].clone();
                    let f = match &ctor {
                        Value::Method(m) => match &m.callee {
                            Callee::Script(f) if f.proto.is_constructor => f.clone(),
                            _ => {
                                return Err(Error::msg(
                                    "target function for 'new' must be a constructor",
                                ))
                            }
                        },
                        _ => {
                            return Err(Error::msg(
                                "target function for 'new' must be a constructor",
                            ))
                        }
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
                        argc as usize,
                        1,
                        None,
                    )?;
                    self.frames.last_mut().expect("frame").set_construct(true);
                    reload!();
                }
                Op::CallParent(argc) => {
                    sync!();
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
                    reload!();
                }
                Op::Return | Op::ReturnUndefined => {
                    let mut result = if let Op::Return = op {
                        pop!()
                    } else {
                        Value::Undefined
                    };
                    let f = &self.frames[fi];
                    // Constructors, argument copies, events, `with`, `try` and the REPL's kept locals
                    // are the rare cases.
                    if f.rare.is_some()
                        || self.withs.len() > f.with_base
                        || self.keep_locals.is_some()
                        || self.handlers.last().is_some_and(|h| h.frame >= fi)
                    {
                        result = self.return_slow(fi, result);
                    } else {
                        let ret_len = f.ret_len;
                        self.pop_plain_frame(fi);
                        truncate_stack(&mut self.stack, ret_len);
                    }
                    if self.frames.len() <= depth {
                        return Ok(result);
                    }
                    spush!(result);
                    reload!();
                }
                Op::MakeArray(n) => {
                    let at = self.stack.len() - n as usize;
                    let items: Vec<Value> = self.stack.drain(at..).collect();
                    spush!(Value::new_array(items));
                }
                Op::NewStruct => spush!(Value::new_struct(StructObj::new())),
                Op::InitField(s) => {
                    let v = pop!();
                    if let Value::Struct(st) = top!() {
                        st.borrow_mut().set(s, v);
                    }
                }
                Op::MakeMethod(i) => {
                    let f = self.function_for(&proto.children[i as usize]);
                    let bound = Some(self.frames[fi].self_.clone());
                    spush!(Value::Method(Rc::new(Method {
                        callee: Callee::Script(f),
                        bound,
                        kind: MethodKind::Bound,
                    })));
                }
                Op::MakeMethodForTop(i) => {
                    let f = self.function_for(&proto.children[i as usize]);
                    let bound = match top!() {
                        Value::Struct(s) => Some(s.clone()),
                        _ => None,
                    };
                    spush!(Value::Method(Rc::new(Method {
                        callee: Callee::Script(f),
                        bound,
                        kind: MethodKind::Bound,
                    })));
                }
                Op::MakeFunction(i) => {
                    let f = self.function_for(&proto.children[i as usize]);
                    spush!(Value::Method(Rc::new(Method {
                        callee: Callee::Script(f),
                        bound: None,
                        kind: MethodKind::Bound,
                    })));
                }
                Op::EnterConstructor => {
                    sync!();
                    self.enter_constructor(fi);
                }
                Op::StaticsInit(t) => {
                    let f = self.frames[fi].func.clone();
                    if f.statics_ready.get() {
                        ip = t as usize;
                    } else {
                        f.statics_ready.set(true);
                        self.ensure_statics(&f);
                    }
                }
                Op::WithBegin(t) => {
                    let target = pop!();
                    sync!();
                    let targets = tryop!(self.with_targets(&target, fi));
                    if targets.is_empty() {
                        ip = t as usize;
                    } else {
                        let f = &mut self.frames[fi];
                        let first = targets[0].clone();
                        let saved_self = std::mem::replace(&mut f.self_, ScopeRef::owned(first));
                        let saved_other = std::mem::replace(
                            &mut f.other,
                            ScopeRef::owned(StructRef::clone(&saved_self)),
                        );
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
                    // Skip instances destroyed since the loop started.
                    while w.pos < w.targets.len()
                        && w.targets[w.pos]
                            .borrow()
                            .instance()
                            .map(|d| d.destroyed)
                            .unwrap_or(false)
                    {
                        w.pos += 1;
                    }
                    if w.pos < w.targets.len() {
                        self.frames[fi].self_ = ScopeRef::owned(w.targets[w.pos].clone());
                        ip = body as usize;
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
                    let v = pop!();
                    sync!();
                    return Err(Error::Throw(v));
                }
                Op::Delete => {
                    self.stack.pop();
                }
                Op::Nop => {}
                Op::ArithC(k, c) => {
                    let a = top!();
                    // Only the payload changes when a real stays a real.
                    if let Value::Real(x) = a {
                        match k {
                            ArithOp::Add => *x += c,
                            ArithOp::Sub => *x -= c,
                            ArithOp::Mul => *x *= c,
                            ArithOp::Div => *x /= c,
                            ArithOp::Mod if c != 0.0 => *x = ops::real_mod(*x, c),
                            ArithOp::Mod => {
                                sync!();
                                return Err(Error::msg("DoMod :: Divide by zero"));
                            }
                        }
                    } else {
                        let a2 = a.clone();
                        let b = Value::Real(c);
                        let r = tryop!(ops::arith_op(self, k, &a2, &b));
                        *top!() = r;
                    }
                }
                Op::ArithCToLocal(s, k, c) => {
                    let v = pop!();
                    let r = match v {
                        Value::Real(x) => match k {
                            ArithOp::Add => x + c,
                            ArithOp::Sub => x - c,
                            ArithOp::Mul => x * c,
                            ArithOp::Div => x / c,
                            ArithOp::Mod if c != 0.0 => ops::real_mod(x, c),
                            ArithOp::Mod => {
                                sync!();
                                return Err(Error::msg("DoMod :: Divide by zero"));
                            }
                        },
                        other => {
                            sync!();
                            tryop!(self.arith_c_to_local_slow(base + s as usize, k, other, c));
                            continue;
                        }
                    };
                    // A real replacing a real changes only the payload: no drop, no temporary.
                    match &mut self.stack[base + s as usize] {
                        Value::Real(x) => *x = r,
                        slot => *slot = Value::Real(r),
                    }
                }
                Op::LocalArithC(s, k, c) => {
                    let v = &self.stack[base + s as usize];
                    let r = match v {
                        Value::Real(x) => match k {
                            ArithOp::Add => Value::Real(x + c),
                            ArithOp::Sub => Value::Real(x - c),
                            ArithOp::Mul => Value::Real(x * c),
                            ArithOp::Div => Value::Real(x / c),
                            ArithOp::Mod if c != 0.0 => Value::Real(ops::real_mod(*x, c)),
                            ArithOp::Mod => {
                                sync!();
                                return Err(Error::msg("DoMod :: Divide by zero"));
                            }
                        },
                        Value::Unset => {
                            sync!();
                            return Err(unset_local(proto, s));
                        }
                        other => {
                            let a = other.clone();
                            let b = Value::Real(c);
                            tryop!(ops::arith_op(self, k, &a, &b))
                        }
                    };
                    spush!(r);
                }
                Op::JumpUnlessLocalC(s, k, c, t) => {
                    let v = &self.stack[base + s as usize];
                    let ok = match v {
                        Value::Real(x) if !x.is_nan() => k.test(ops::cmp_real(*x, c, self.epsilon)),
                        Value::Unset => {
                            sync!();
                            return Err(unset_local(proto, s));
                        }
                        other => {
                            let a = other.clone();
                            tryop!(cmp_const(&a, k, c, self.epsilon))
                        }
                    };
                    if !ok {
                        jump!(t);
                    }
                }
                Op::CmpC(k, c) => {
                    let a = top!();
                    let r = tryop!(cmp_const(a, k, c, self.epsilon));
                    *top!() = Value::Bool(r);
                }
                Op::JumpUnlessC(k, c, t) => {
                    let a = pop!();
                    if !tryop!(cmp_const(&a, k, c, self.epsilon)) {
                        jump!(t);
                    }
                }
                Op::IncLocalLoopC(s, k, c, t) | Op::DecLocalLoopC(s, k, c, t) => {
                    let up = matches!(op, Op::IncLocalLoopC(..));
                    let slot = &mut self.stack[base + s as usize];
                    let again = match slot {
                        Value::Real(x) => {
                            *x += if up { 1.0 } else { -1.0 };
                            if x.is_nan() {
                                false
                            } else {
                                k.test(ops::cmp_real(*x, c, self.epsilon))
                            }
                        }
                        _ => {
                            sync!();
                            tryop!(self.loop_step_slow(base, proto, s, up, k, c))
                        }
                    };
                    if again {
                        jump!(t);
                    }
                }
                Op::LoadLocalIndex(a, i) => {
                    let v = match (
                        &self.stack[base + a as usize],
                        &self.stack[base + i as usize],
                    ) {
                        (Value::Array(arr), Value::Real(r)) => super::index::load_fast(arr, *r),
                        _ => None,
                    };
                    let v = match v {
                        Some(v) => v,
                        None => {
                            sync!();
                            tryop!(self.load_local_index_slow(base, proto, a, i))
                        }
                    };
                    spush!(v);
                }
                Op::StoreLocalIndex(a, i) => {
                    let v = pop!();
                    let rest = match (
                        &self.stack[base + a as usize],
                        &self.stack[base + i as usize],
                    ) {
                        (Value::Array(arr), Value::Real(r)) => super::index::store_fast(arr, *r, v),
                        _ => Some(v),
                    };
                    if let Some(v) = rest {
                        sync!();
                        tryop!(self.store_local_index_slow(base, proto, a, i, v));
                    }
                }
                Op::LoadLocalField(l, s) => {
                    let v = match &self.stack[base + l as usize] {
                        Value::Struct(st) => field_cache!().get_cloned(st, s),
                        _ => None,
                    };
                    let v = match v {
                        Some(v) => v,
                        None => {
                            sync!();
                            let scope = tryop!(self.local_for_read(base, proto, l));
                            tryop!(self.load_field(&scope, s))
                        }
                    };
                    spush!(v);
                }
                Op::StoreLocalField(l, s) => {
                    let v = pop!();
                    let cache = field_cache!();
                    let rest = cache.try_store(&self.stack[base + l as usize], s, v);
                    if let Some(v) = rest {
                        sync!();
                        let scope = tryop!(self.local_for_read(base, proto, l));
                        tryop!(self.store_field(&scope, s, v));
                        if let Value::Struct(st) = &scope {
                            cache.learn_store(&st.borrow(), s);
                        }
                    }
                }
                Op::JumpUnlessLocals(a, k, b, t) => {
                    let ok = match (
                        &self.stack[base + a as usize],
                        &self.stack[base + b as usize],
                    ) {
                        (Value::Real(x), Value::Real(y)) if !x.is_nan() && !y.is_nan() => {
                            k.test(ops::cmp_real(*x, *y, self.epsilon))
                        }
                        _ => {
                            sync!();
                            tryop!(self.compare_locals_slow(base, proto, a, k, b))
                        }
                    };
                    if !ok {
                        jump!(t);
                    }
                }
                Op::IncLocalLoopL(s, k, b, t) | Op::DecLocalLoopL(s, k, b, t) => {
                    let up = matches!(op, Op::IncLocalLoopL(..));
                    let again = if let Value::Real(x) = &mut self.stack[base + s as usize] {
                        *x += if up { 1.0 } else { -1.0 };
                        let x = *x;
                        // The bound is read after the step (it may be the counter itself).
                        match &self.stack[base + b as usize] {
                            Value::Real(y) if !x.is_nan() && !y.is_nan() => {
                                k.test(ops::cmp_real(x, *y, self.epsilon))
                            }
                            _ => {
                                sync!();
                                tryop!(self.compare_locals_slow(base, proto, s, k, b))
                            }
                        }
                    } else {
                        sync!();
                        tryop!(self.loop_step_locals_slow(base, proto, s, up, k, b))
                    };
                    if again {
                        jump!(t);
                    }
                }
                Op::JumpUnless(k, t) => {
                    let b = pop!();
                    let a = pop!();
                    let r = match (&a, &b) {
                        (Value::Real(x), Value::Real(y)) if !x.is_nan() && !y.is_nan() => {
                            k.test(ops::cmp_real(*x, *y, self.epsilon))
                        }
                        _ => tryop!(cmp_values(&a, &b, k, self.epsilon)),
                    };
                    if !r {
                        jump!(t);
                    }
                }
            }
        }
    }
}

impl Vm {
    /// `Return` from a frame that constructs, ran `with` or `try`, or keeps REPL locals: drops
    /// the frame and what it installed; returns the value the caller receives.
    #[inline(never)]
    fn return_slow(&mut self, fi: usize, mut result: Value) -> Value {
        if self.keep_locals.is_some() {
            self.save_kept_locals(fi);
        }
        // Read the few fields needed and drop the frame in place: moving it out would reload
        // its freshly written narrow fields with wide loads.
        let (ret_len, with_base) = {
            let f = &self.frames[fi];
            if f.construct() {
                result = Value::Struct(f.self_.clone());
            }
            (f.ret_len, f.with_base)
        };
        self.frames.truncate(fi);
        while self.withs.len() > with_base {
            self.withs.pop();
        }
        if !self.handlers.is_empty() {
            self.handlers.retain(|h| h.frame < fi);
        }
        truncate_stack(&mut self.stack, ret_len);
        result
    }

    /// `CallField`'s fast path: when `s.name` is a plain GML function or method (see
    /// `script_method`) and the call needs no checks, pushes its frame and returns its code.
    /// The frame owns the function, so the method value need not be slotted under the
    /// arguments. Out of line: its code in `dispatch` changed the registers of every other arm.
    #[inline(never)]
    fn call_field_fast<'p>(
        &mut self,
        fi: usize,
        scope_at: usize,
        name: super::intern::Sym,
        argc: usize,
        cache: &super::field_cache::FieldCache,
    ) -> Option<&'p super::bytecode::Proto> {
        let Value::Struct(scope) = &self.stack[scope_at] else {
            return None;
        };
        let (f, bound) = script_method(&scope.borrow(), name, cache)?;
        if argc > f.proto.param_count as usize || self.frames.len() >= MAX_CALL_DEPTH {
            return None;
        }
        // SAFETY: the scope slot stays below the new frame's base, untouched until it returns,
        // and the caller's frame outlives the callee's.
        let (s, o) = unsafe {
            (
                match bound {
                    Some(b) => ScopeRef::owned(b),
                    None => ScopeRef::borrow_from(scope),
                },
                ScopeRef::borrow_from(&self.frames[fi].self_),
            )
        };
        let proto: *const super::bytecode::Proto = &*f.proto;
        let base = self.stack.len() - argc;
        self.push_plain_frame(FuncRef::owned(f), s, o, base, argc, 1);
        // SAFETY: the frame just pushed owns the function, so its proto lives as long as the
        // frame (see `frame_proto`).
        Some(unsafe { &*proto })
    }

    /// `ArithCToLocal` when the operand is not a real.
    #[cold]
    fn arith_c_to_local_slow(&mut self, at: usize, k: ArithOp, v: Value, c: f64) -> Result<()> {
        let r = ops::arith_op(self, k, &v, &Value::Real(c))?;
        self.stack[at] = r;
        Ok(())
    }

    /// `IncLocalLoopC`/`DecLocalLoopC` when the counter is not a real: `IncLocal`'s slow path,
    /// then `JumpUnlessLocalC`'s test.
    #[cold]
    fn loop_step_slow(
        &mut self,
        base: usize,
        proto: &super::bytecode::Proto,
        s: u16,
        up: bool,
        k: super::bytecode::CmpOp,
        c: f64,
    ) -> Result<bool> {
        let next = self.step_local_slow(base, proto, s, up)?;
        cmp_const(&next, k, c, self.epsilon)
    }

    /// `JumpUnlessLocals` off its fast path: `LoadLocal` twice (with their unset checks), then
    /// `JumpUnless`'s test.
    #[cold]
    fn compare_locals_slow(
        &mut self,
        base: usize,
        proto: &super::bytecode::Proto,
        a: u16,
        k: super::bytecode::CmpOp,
        b: u16,
    ) -> Result<bool> {
        let x = self.local_for_read(base, proto, a)?;
        let y = self.local_for_read(base, proto, b)?;
        cmp_values(&x, &y, k, self.epsilon)
    }

    /// `IncLocalLoopL`/`DecLocalLoopL` when the counter is not a real: `IncLocal`'s slow path,
    /// then `JumpUnlessLocals`'s test.
    #[cold]
    fn loop_step_locals_slow(
        &mut self,
        base: usize,
        proto: &super::bytecode::Proto,
        s: u16,
        up: bool,
        k: super::bytecode::CmpOp,
        b: u16,
    ) -> Result<bool> {
        self.step_local_slow(base, proto, s, up)?;
        self.compare_locals_slow(base, proto, s, k, b)
    }

    /// `IncLocal`/`DecLocal`'s slow path for a loop counter that is not a real: stores and
    /// returns the stepped value.
    fn step_local_slow(
        &mut self,
        base: usize,
        proto: &super::bytecode::Proto,
        s: u16,
        up: bool,
    ) -> Result<Value> {
        let at = base + s as usize;
        let v = self.stack[at].clone();
        let next = match v {
            Value::Int64(i) => Value::Int64(i.wrapping_add(if up { 1 } else { -1 })),
            Value::Unset => return Err(unset_local(proto, s)),
            v => ops::add(self, &v, &Value::Real(if up { 1.0 } else { -1.0 }))?,
        };
        self.stack[at] = next.clone();
        Ok(next)
    }

    /// `LoadLocalIndex` off its fast path: the same checks and errors as `LoadLocal` twice and
    /// `LoadIndex`.
    #[cold]
    fn load_local_index_slow(
        &mut self,
        base: usize,
        proto: &super::bytecode::Proto,
        a: u16,
        i: u16,
    ) -> Result<Value> {
        let arr = self.local_for_read(base, proto, a)?;
        let idx = self.local_for_read(base, proto, i)?;
        load_index_slow(&arr, &idx)
    }

    /// `StoreLocalIndex` off its fast path (index out of range, not a real, not an array yet).
    #[cold]
    fn store_local_index_slow(
        &mut self,
        base: usize,
        proto: &super::bytecode::Proto,
        a: u16,
        i: u16,
        v: Value,
    ) -> Result<()> {
        let slot = &mut self.stack[base + a as usize];
        if !matches!(slot, Value::Array(_)) {
            *slot = Value::new_array(Vec::new());
        }
        let arr = slot.clone();
        let idx = self.local_for_read(base, proto, i)?;
        store_index(&arr, &idx, v)
    }

    fn local_for_read(&self, base: usize, proto: &super::bytecode::Proto, s: u16) -> Result<Value> {
        match &self.stack[base + s as usize] {
            Value::Unset => Err(unset_local(proto, s)),
            v => Ok(v.clone()),
        }
    }
}

/// The running frame's code, borrowed without touching its reference count (a call used to
/// spend a tenth of its time incrementing and decrementing it).
///
/// The returned reference outlives the borrow of `frame`: it stays valid while the frame exists,
/// because the frame's `func` owns the `Proto` and a frame's `func` never changes. The dispatch
/// loop reloads it after every push or pop of a frame and never uses it after its frame is gone.
#[inline(always)]
fn frame_proto<'a>(frame: &Frame) -> &'a super::bytecode::Proto {
    // SAFETY: see above; the Rc in `frame.func` keeps the Proto alive and unmoved.
    unsafe { &*std::rc::Rc::as_ptr(&frame.func.proto) }
}

/// `s.name` for a call, when it is a plain GML function or method (no `argument[i]`, not a
/// constructor): the function and the self it is bound to. The struct's own fields are searched
/// first, as `get_with_statics` does, then its static struct through the instruction's cache;
/// anything else (a deeper static chain, a builtin, not callable) is left to the general path.
#[inline(always)]
fn script_method(
    st: &StructObj,
    name: super::intern::Sym,
    cache: &super::field_cache::FieldCache,
) -> Option<(Rc<FunctionObj>, Option<StructRef>)> {
    // A few own fields are scanned faster than they are hashed.
    let own = if st.fields.len() <= 8 {
        st.fields.iter().find(|(k, _)| **k == name).map(|(_, v)| v)
    } else {
        st.fields.get(&name)
    };
    let found = |v: &Value| match v {
        Value::Method(m) => match &m.callee {
            Callee::Script(f) if f.plain => Some((f.clone(), m.bound.clone())),
            _ => None,
        },
        _ => None,
    };
    match own {
        Some(v) => found(v),
        None => found(cache.get(&st.statics.as_ref()?.borrow(), name)?),
    }
}

/// The error for reading a `var` that was declared but never assigned.
fn unset_local(proto: &super::bytecode::Proto, slot: u16) -> Error {
    Error::msg(format!(
        "local variable {}(100001, -2147483648) not set before reading it.",
        proto.local_names[slot as usize]
    ))
}
