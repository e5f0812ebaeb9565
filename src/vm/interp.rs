//! The dispatch loop. Real/real arithmetic and comparisons are inlined; everything else goes
//! through `ops`. Errors unwind to the nearest `try` handler of this run, else return.
//! The hot instructions (locals, arithmetic, compares, jumps, calls and returns, field and index
//! access) are one `match` in `dispatch`, whose state (operand stack top, locals base, ip) lives
//! in registers; the rare ones run out of line (`rare.rs`), and slow paths in `#[cold]`
//! functions below.

use super::bytecode::{ArithOp, Op};
use super::call::{fill_slots_raw, owns_heap, truncate_stack};
use super::error::{Error, Result};
use super::function::Callee;
use super::function::FunctionObj;
use super::index::{load_index_general, load_index_slow, store_index};
use super::ops::{self, cmp_const, cmp_values};
use super::scope_ref::{FuncRef, ScopeRef};
use super::value::{StructObj, StructRef, Value};
use super::{Frame, Vm, MAX_CALL_DEPTH};
use smallvec::SmallVec;
use std::mem::MaybeUninit;
use std::rc::Rc;
use std::sync::atomic::Ordering;

pub(crate) type Args = SmallVec<[Value; 8]>;

/// The tag byte of `Value::Real` (the first byte of a Value).
const REAL_TAG: u8 = {
    let v = Value::Real(0.0);
    // SAFETY: the first byte of an initialised Value is its discriminant.
    unsafe { *(&v as *const Value as *const u8) }
};

/// A Value as the two machine words it is moved in (see `value::write_words`).
type Words = [MaybeUninit<u64>; 2];

/// `Value::Undefined` as two whole words (a Value built as a lone tag byte is read back by an
/// 8-byte load that stalls on the narrower store).
const UNDEFINED_WORDS: Words = {
    let v = Value::Undefined;
    // SAFETY: the first byte of an initialised Value is its discriminant.
    let tag = unsafe { *(&v as *const Value as *const u8) };
    std::mem::forget(v);
    [MaybeUninit::new(tag as u64), MaybeUninit::new(0)]
};

/// Natives taking up to this many arguments get them in a buffer on the Rust stack.
const NATIVE_ARGS_INLINE: usize = 8;

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

    /// The dispatch loop. Its state lives in locals the compiler keeps in registers: `sp` (one
    /// past the operand stack's top), `bp` (the frame's first local), `ip` (the next
    /// instruction) and `code` (the frame's first instruction).
    ///
    /// While the loop runs, `self.stack`'s length is stale: `sp` is the truth. Every arm that
    /// calls out with `&mut self` (anything that may read the stack, run GML, grow the stack
    /// or push a frame) writes the state back first (`sync!`) and reloads the pointers after
    /// (`reload_sp!`, or `load_frame!` when frames may have changed): a nested call may have
    /// reallocated the stack. Calls reserve each frame's `local_count + max_stack` slots when
    /// they push it (`push_plain_frame`), so the loop's pushes need no capacity check; a
    /// debug assertion checks that reservation on every push.
    fn dispatch(&mut self, depth: usize) -> Result<Value> {
        let mut fi: usize;
        let mut proto: &super::bytecode::Proto;
        let mut code: *const Op;
        let mut ip: *const Op;
        let mut bp: *mut Value;
        let mut sp: *mut Value;
        let mut ticks: u32 = 0;

        // The running frame's state into the loop's locals: on entry, after a call, after an
        // out-of-line instruction (which may have pushed or popped frames).
        macro_rules! load_frame {
            () => {{
                fi = self.frames.len() - 1;
                // SAFETY: frame `fi` exists (just computed); its ip is within its code, and its
                // base and the stack's length within the stack.
                unsafe {
                    let f = self.frames.get_unchecked(fi);
                    proto = frame_proto(f);
                    code = proto.code.as_ptr();
                    ip = code.add(f.ip);
                    let p = self.stack.as_mut_ptr();
                    bp = p.add(f.base);
                    sp = p.add(self.stack.len());
                }
            }};
        }
        // The stack pointers after a call-out that kept the frame (the stack may have moved).
        macro_rules! reload_sp {
            () => {{
                let p = self.stack.as_mut_ptr();
                // SAFETY: as in `load_frame!`.
                unsafe {
                    sp = p.add(self.stack.len());
                    bp = p.add(self.frames.get_unchecked(fi).base);
                }
            }};
        }
        // Writes the loop's state back: the ip (errors and nested calls see where we are) and
        // the operand stack's length.
        macro_rules! sync {
            () => {{
                // SAFETY: frame `fi` exists; `ip` points into its code and `sp` into the stack's
                // allocation at or above its start, every slot below it initialised.
                unsafe {
                    self.frames.get_unchecked_mut(fi).ip = ip.offset_from(code) as usize;
                    let p = self.stack.as_mut_ptr();
                    self.stack.set_len(sp.offset_from(p) as usize);
                }
            }};
        }
        // Writes back the ip alone (see `sync!`).
        macro_rules! sync_ip {
            () => {{
                // SAFETY: as in `sync!`.
                unsafe {
                    self.frames.get_unchecked_mut(fi).ip = ip.offset_from(code) as usize;
                }
            }};
        }
        // Calls out with the state written back; the stack pointers are reloaded after.
        macro_rules! callout {
            ($e:expr) => {{
                sync!();
                let r = $e;
                reload_sp!();
                // Reloaded rather than kept across the call, so ip need not stay in a
                // callee-saved register or a stack slot.
                // SAFETY: `sync!` saved it in the frame.
                let at = frame!().ip;
                ip = unsafe { code.add(at) };
                match r {
                    Ok(v) => v,
                    Err(e) => return Err(e),
                }
            }};
        }
        // A pure operation's result, or its error with the state written back.
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
        macro_rules! fail {
            ($e:expr) => {{
                sync!();
                return Err($e);
            }};
        }
        // Every POLL_TICKS backward jumps and calls, see whether Ctrl-C, --timeout
        // or the memory limit asks the running code to stop (interrupt.rs).
        macro_rules! tick {
            () => {
                ticks = ticks.wrapping_add(1);
                if ticks.is_multiple_of(super::interrupt::POLL_TICKS) {
                    sync!();
                    self.poll_interrupt()?;
                }
            };
        }
        // Writes in place, as two machine words: a 16-byte temporary reloaded from two 8-byte
        // stores stalls the CPU (store forwarding fails).
        macro_rules! spush {
            ($v:expr) => {{
                let v: Value = $v;
                // SAFETY: Value is 16 bytes; MaybeUninit words may hold its padding.
                spush_words!(unsafe { std::mem::transmute::<Value, Words>(v) })
            }};
        }
        // `spush!` of a Value already in words.
        macro_rules! spush_words {
            ($w:expr) => {{
                let raw: Words = $w;
                debug_assert!(
                    // SAFETY: `sp` is within the stack's allocation.
                    unsafe { sp.offset_from(self.stack.as_ptr()) } < self.stack.capacity() as isize,
                    "operand stack past its reservation in {}",
                    proto.name
                );
                // SAFETY: the frame reserved `max_stack` slots above its locals when it was
                // pushed (`push_plain_frame`), and the stack never shrinks its capacity; the
                // slot at `sp` is unused, and `raw` is a moved Value.
                unsafe {
                    let p = sp as *mut MaybeUninit<u64>;
                    std::ptr::write_volatile(p, raw[0]);
                    std::ptr::write_volatile(p.add(1), raw[1]);
                    sp = sp.add(1);
                }
            }};
        }
        // Pushes a real: its first word is the tag with zeroed padding, a constant (a generic
        // push merges the tag into padding bytes loaded from a stack temporary).
        macro_rules! spush_real {
            ($r:expr) => {{
                let r: f64 = $r;
                debug_assert!(
                    // SAFETY: `sp` is within the stack's allocation.
                    unsafe { sp.offset_from(self.stack.as_ptr()) } < self.stack.capacity() as isize
                );
                // SAFETY: as in `spush!`; the two words are a complete `Value::Real(r)`.
                unsafe {
                    let p = sp as *mut u64;
                    std::ptr::write_volatile(p, REAL_TAG as u64);
                    std::ptr::write_volatile(p.add(1), r.to_bits());
                    sp = sp.add(1);
                }
            }};
        }
        // Moves the top out, read as two words for the same reason `spush` writes it so.
        macro_rules! pop {
            () => {{
                let w = pop_words!();
                // SAFETY: the words are a moved Value.
                unsafe { std::mem::transmute::<Words, Value>(w) }
            }};
        }
        // `pop!` as words, for a value that is only moved on.
        macro_rules! pop_words {
            () => {{
                debug_assert!(sp > bp, "operand stack underflow");
                // SAFETY: the slot below `sp` holds an initialised Value above the frame's
                // locals (compiled code never pops more than it pushed); it is moved out.
                unsafe {
                    sp = sp.sub(1);
                    // Volatile keeps them two 8-byte loads (LLVM would fuse them into one
                    // 16-byte load, which cannot take its data from two 8-byte stores).
                    let p = sp as *const MaybeUninit<u64>;
                    let raw: Words = [
                        std::ptr::read_volatile(p),
                        std::ptr::read_volatile(p.add(1)),
                    ];
                    raw
                }
            }};
        }
        // Drops a value the arm is done with: inline for numbers (the generic drop is a call).
        macro_rules! discard {
            ($v:expr) => {{
                let v: Value = $v;
                if owns_heap(&v) {
                    drop(v);
                } else {
                    std::mem::forget(v);
                }
            }};
        }
        macro_rules! top {
            () => {
                // SAFETY: as in `pop!`, without moving the value out.
                unsafe { &mut *sp.sub(1) }
            };
        }
        // A local slot of the running frame.
        macro_rules! local {
            ($s:expr) => {
                // SAFETY: the compiler checks every slot operand is below the proto's
                // `local_count` (`locals_in_range`), and the frame holds that many slots from
                // `bp` (`push_plain_frame`).
                unsafe { &mut *bp.add($s as usize) }
            };
        }
        macro_rules! frame {
            () => {
                // SAFETY: frame `fi` is the running frame.
                unsafe { self.frames.get_unchecked(fi) }
            };
        }
        macro_rules! base {
            () => {
                frame!().base
            };
        }
        // `for` loop bottoms: step the counter local by one (up or down), compare it with the bound
        // local, jump back while the comparison holds.
        macro_rules! loop_step_locals {
            ($s:expr, $k:expr, $b:expr, $t:expr, $up:expr) => {{
                let (s, k, b, t) = ($s, $k, $b, $t);
                let again = if let Value::Real(x) = local!(s) {
                    *x += if $up { 1.0 } else { -1.0 };
                    let x = *x;
                    // The bound is read after the step (it may be the counter itself).
                    match &*local!(b) {
                        Value::Real(y) if !x.is_nan() && !y.is_nan() => {
                            k.test(ops::cmp_ordered(x, *y, self.epsilon))
                        }
                        _ => callout!(self.compare_locals_slow(base!(), proto, s, k, b)),
                    }
                } else {
                    callout!(self.loop_step_locals_slow(base!(), proto, s, $up, k, b))
                };
                if again {
                    jump!(t);
                }
            }};
        }
        macro_rules! jump {
            ($t:expr) => {{
                // SAFETY: jump targets are instructions of the same code (`code_is_closed`).
                let t = unsafe { code.add($t as usize) };
                if t < ip {
                    tick!();
                }
                ip = t;
            }};
        }
        // Pushes a plain frame for `callee` whose `argc` arguments (at most its parameter count)
        // are on the stack top, `extra_pop` values below them going when it returns, and starts
        // its code: `push_plain_frame` with the stack top in `sp` (the stack's length is not
        // needed, and the stack only moves when its reservation grows). The caller has checked
        // the call depth and synced the ip.
        macro_rules! enter_plain {
            ($func:expr, $s:expr, $o:expr, $callee:expr, $argc:expr, $extra_pop:expr) => {{
                let callee: &super::bytecode::Proto = $callee;
                let argc: usize = $argc;
                // SAFETY: `sp` is in the stack's allocation, at or above its start.
                let top = unsafe { sp.offset_from(self.stack.as_ptr()) } as usize;
                let base = top - argc;
                let locals_end = base + callee.local_count as usize;
                let need = locals_end + callee.max_stack as usize;
                if need > self.stack.capacity() {
                    // SAFETY: the slots below `top` are initialised.
                    unsafe { self.stack.set_len(top) };
                    self.stack.reserve(need - top);
                }
                let p = self.stack.as_mut_ptr();
                // SAFETY: the slots from the stack top up to the callee's last local are unused
                // and reserved (above).
                unsafe {
                    sp = fill_slots_raw(
                        p.add(top),
                        p.add(base + callee.param_count as usize),
                        p.add(locals_end),
                    );
                    bp = p.add(base);
                }
                self.push_frame_record($func, $s, $o, base, argc, $extra_pop);
                fi += 1;
                proto = callee;
                code = proto.code.as_ptr();
                ip = code;
                tick!();
            }};
        }
        // The running instruction's inline cache (field instructions only).
        macro_rules! field_cache {
            () => {
                // SAFETY: `field_caches` has one entry per instruction and `ip - 1` is the
                // running instruction's index.
                unsafe {
                    proto
                        .field_caches
                        .get_unchecked(ip.offset_from(code) as usize - 1)
                }
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
                            Some(ops::cmp_ordered(*x, *y, self.epsilon))
                        }
                    }
                    _ => tryop!(ops::compare(a, &b, self.epsilon)),
                };
                *top!() = Value::Bool(r.map($pred).unwrap_or(false));
                discard!(b);
            }};
        }
        macro_rules! arith {
            ($op:tt, $slow:expr) => {{
                let b = pop!();
                let a = top!();
                if let (Value::Real(x), Value::Real(y)) = (&mut *a, &b) {
                    *x $op *y;
                } else {
                    let r = tryop!($slow(a, &b));
                    *top!() = r;
                }
                discard!(b);
            }};
        }

        load_frame!();
        // Returning from the run's first frame ends the run: `return_slow` checks for that.
        self.frames[depth].flags |= super::FRAME_SLOW;
        loop {
            // SAFETY: every proto ends in a return and every jump targets an instruction of its
            // own proto (`code_is_closed`, checked when compiled), so ip stays in range.
            // Matched in place: operands are read from the code, not from a copy of the
            // instruction.
            let op: &Op = unsafe { &*ip };
            ip = unsafe { ip.add(1) };
            match *op {
                Op::Const(i) => spush!(proto.consts[i as usize].clone()),
                Op::PushReal(r) => spush_real!(r),
                Op::PushUndefined => spush!(Value::Undefined),
                Op::PushBool(b) => spush!(Value::Bool(b)),
                Op::Pop => {
                    // SAFETY: as in `pop!`; the value is dropped in place, once.
                    unsafe {
                        sp = sp.sub(1);
                        if owns_heap(&*sp) {
                            std::ptr::drop_in_place(sp);
                        }
                    }
                }
                Op::Dup => {
                    let v = top!().clone();
                    spush!(v);
                }
                Op::LoadLocal(s) => {
                    let v = local!(s);
                    if let Value::Unset = v {
                        fail!(unset_local(proto, s));
                    }
                    let v = v.clone();
                    spush!(v);
                }
                Op::StoreLocal(s) => {
                    // Moves the top into the slot word by word: a popped Value written back
                    // through a 16-byte temporary stalls on its two 8-byte halves.
                    // SAFETY: the top slot and the local are distinct initialised slots; the
                    // top is moved (`sp` drops past it) and the local's old value is dropped
                    // once, before it is overwritten.
                    unsafe {
                        sp = sp.sub(1);
                        let dst = bp.add(s as usize);
                        if owns_heap(&*dst) {
                            std::ptr::drop_in_place(dst);
                        }
                        let src = sp as *const MaybeUninit<u64>;
                        let dst = dst as *mut MaybeUninit<u64>;
                        std::ptr::write_volatile(dst, std::ptr::read_volatile(src));
                        std::ptr::write_volatile(dst.add(1), std::ptr::read_volatile(src.add(1)));
                    }
                }
                Op::IncLocal(s, d) => match local!(s) {
                    Value::Real(r) => *r += d as f64,
                    Value::Int64(i) => *i = i.wrapping_add(d as i64),
                    _ => callout!(self.add_to_local_slow(base!(), proto, s, Value::Real(d as f64))),
                },
                Op::AddToLocal(s) => {
                    let b = pop!();
                    match (local!(s), &b) {
                        (Value::Real(x), Value::Real(y)) => {
                            *x += *y;
                            discard!(b);
                        }
                        (Value::Str(x), Value::Str(y))
                            if x.len() + y.len() <= ops::MAX_STRING_BYTES =>
                        {
                            Rc::make_mut(x).push_str(y)
                        }
                        _ => callout!(self.add_to_local_slow(base!(), proto, s, b)),
                    }
                }
                Op::LoadGlobal(s) => {
                    let g = self.global.borrow();
                    match field_cache!().get(&g, s) {
                        Some(v) => spush!(v.clone()),
                        None => {
                            drop(g);
                            fail!(Error::msg(format!(
                                "global variable name '{s}' index ({}) not set before reading it.",
                                s.0
                            )))
                        }
                    }
                }
                Op::StoreGlobal(s) => {
                    let v = pop!();
                    let cache = field_cache!();
                    let mut g = self.global.borrow_mut();
                    match cache.slot_for_store(&mut g, s) {
                        Some(slot) => super::value::overwrite(slot, v),
                        None => {
                            g.set(s, v);
                            cache.learn_store(&g, s);
                        }
                    }
                }
                Op::LoadSelf(s) => {
                    let me = &frame!().self_;
                    let cache = field_cache!();
                    // SAFETY: the value is cloned onto the stack before anything else runs.
                    if let Some(v) = unsafe { cache.get_unguarded(me, s) } {
                        spush!(v.clone());
                        continue;
                    }
                    let v = me.borrow().get_with_statics(s);
                    match v {
                        Some(v) => spush!(v),
                        None => {
                            sync!();
                            let scope = frame!().self_.clone();
                            return Err(self.missing_var(&scope, s));
                        }
                    }
                }
                Op::StoreSelf(s) => {
                    let v = pop!();
                    super::scope::store_var_cached(&frame!().self_, s, v, field_cache!());
                }
                Op::SelfArithC(s, k, c) => {
                    let cache = field_cache!();
                    let target = &frame!().self_;
                    let done = match cache.slot_for_store(&mut target.borrow_mut(), s) {
                        Some(Value::Real(x)) => real_arith(x, k, c),
                        _ => false,
                    };
                    if !done {
                        callout!(self.self_arith_slow(fi, s, k, None, c));
                    }
                }
                Op::SelfArithLocal(s, k, l) => {
                    let cache = field_cache!();
                    let target = &frame!().self_;
                    let done = match (
                        cache.slot_for_store(&mut target.borrow_mut(), s),
                        &*local!(l),
                    ) {
                        (Some(Value::Real(x)), &Value::Real(y)) => real_arith(x, k, y),
                        _ => false,
                    };
                    if !done {
                        callout!(self.self_arith_slow(fi, s, k, Some(l), 0.0));
                    }
                }
                Op::LocalFieldArithC(l, s, k, c) => {
                    let cache = field_cache!();
                    let done = match &*local!(l) {
                        Value::Struct(st) => match cache.slot_for_store(&mut st.borrow_mut(), s) {
                            Some(Value::Real(x)) => real_arith(x, k, c),
                            _ => false,
                        },
                        _ => false,
                    };
                    if !done {
                        callout!(self.local_field_arith_slow(fi, l, s, k, c));
                    }
                }
                Op::LoadField(s) => {
                    let scope = pop!();
                    let cache = field_cache!();
                    let hit = match &scope {
                        // SAFETY: the value is cloned onto the stack before anything else runs.
                        Value::Struct(st) => unsafe { cache.get_unguarded(st, s) },
                        _ => None,
                    };
                    match hit {
                        Some(v) => spush!(v.clone()),
                        None => {
                            let v = callout!(self.load_field(&scope, s));
                            spush!(v);
                        }
                    }
                    discard!(scope);
                }
                Op::StoreField(s) => {
                    let v = pop!();
                    let scope = pop!();
                    let cache = field_cache!();
                    if let Some(v) = cache.try_store(&scope, s, v) {
                        callout!(self.store_field_learn(&scope, s, v, cache));
                    }
                    discard!(scope);
                }
                Op::LoadIndex => {
                    let i = pop!();
                    let a = pop!();
                    // SAFETY: the element is cloned onto the stack before anything else runs.
                    let hit = unsafe { super::index::load_fast(&a, &i) };
                    match hit {
                        Some(v) => spush!(v.clone()),
                        None => {
                            let v = tryop!(load_index_general(&a, &i));
                            spush!(v);
                        }
                    }
                    discard!(i);
                    discard!(a);
                }
                Op::StoreIndex => {
                    let v = pop!();
                    let i = pop!();
                    let a = pop!();
                    let rest = super::index::store_fast(&a, &i, v);
                    if let Some(v) = rest {
                        tryop!(store_index(&a, &i, v));
                    }
                    discard!(i);
                    discard!(a);
                }
                Op::Add => {
                    let b = pop!();
                    let a = top!();
                    match (&mut *a, &b) {
                        (Value::Real(x), Value::Real(y)) => {
                            *x += *y;
                            discard!(b);
                        }
                        _ => {
                            // Moved out (not cloned), so an unshared string can grow in place;
                            // the slot holds undefined meanwhile.
                            let a2 = std::mem::take(a);
                            let r = callout!(ops::add_owned(self, a2, b));
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
                            let r = tryop!(ops::modulo(a, &b));
                            *top!() = r;
                        }
                    }
                    discard!(b);
                }
                Op::Neg => {
                    let a = top!();
                    if let Value::Real(x) = a {
                        *x = -*x;
                    } else {
                        let r = tryop!(ops::negate(a));
                        *top!() = r;
                    }
                }
                Op::Not => {
                    let t = match top!() {
                        Value::Bool(b) => *b,
                        Value::Real(r) => *r > 0.5,
                        a => tryop!(ops::truthy(a)),
                    };
                    *top!() = Value::Bool(!t);
                }
                Op::Eq => {
                    let b = pop!();
                    let a = top!();
                    let r = ops::equals(a, &b, self.epsilon);
                    *a = Value::Bool(r);
                    discard!(b);
                }
                Op::Ne => {
                    let b = pop!();
                    let a = top!();
                    let r = ops::equals(a, &b, self.epsilon);
                    *a = Value::Bool(!r);
                    discard!(b);
                }
                Op::Lt => compare!(|c| c < 0),
                Op::Le => compare!(|c| c <= 0),
                Op::Gt => compare!(|c| c > 0),
                Op::Ge => compare!(|c| c >= 0),
                Op::Jump(t) => jump!(t),
                Op::JumpIfFalse(t) => {
                    let c = pop!();
                    let truth = match c {
                        Value::Bool(b) => b,
                        Value::Real(r) => r > 0.5,
                        _ => tryop!(ops::truthy(&c)),
                    };
                    discard!(c);
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
                    discard!(c);
                    if truth {
                        jump!(t);
                    }
                }
                Op::RepeatStep(s, t) => {
                    let slot = local!(s);
                    let n = match &*slot {
                        Value::Real(r) => r.trunc(),
                        other => match other.as_f64() {
                            Some(r) => r.trunc(),
                            None => fail!(Error::msg("repeat count is not a number")),
                        },
                    };
                    if n.is_nan() || n <= 0.0 {
                        jump!(t);
                    } else {
                        *slot = Value::Real(n - 1.0);
                        tick!();
                    }
                }
                Op::CallScript(i, argc) => {
                    // Only the ip: the fast path below works from `sp`, the others sync all.
                    sync_ip!();
                    let f: *const Rc<FunctionObj> = match self.scripts.get(i as usize) {
                        Some(Some(f)) => f,
                        _ => fail!(Error::msg("script function is not defined yet")),
                    };
                    // SAFETY: the script table is not changed while a frame is pushed, and an
                    // entry replaced while code runs is retired, not dropped (`define_script`).
                    let f = unsafe { &*f };
                    let argc = argc as usize;
                    // A script function runs in the caller's scope, borrowed from its frame, and
                    // its function is borrowed from the script table.
                    let caller = frame!();
                    // SAFETY: the caller's frame outlives the callee's (see `RcRef`).
                    let (func, s, o) = unsafe {
                        (
                            FuncRef::borrow_from(f),
                            ScopeRef::borrow_from(&caller.self_),
                            ScopeRef::borrow_from(&caller.other),
                        )
                    };
                    let callee: &super::bytecode::Proto = &f.proto;
                    if f.plain
                        && argc <= callee.param_count as usize
                        && self.frames.len() < MAX_CALL_DEPTH
                    {
                        enter_plain!(func, s, o, callee, argc, 0);
                    } else {
                        sync!();
                        f.check_plain_call()?;
                        self.push_frame_ref(func, s, o, argc, 0, None)?;
                        load_frame!();
                        tick!();
                    }
                }
                Op::CallNative(i, argc) => {
                    let b = self.natives[i as usize];
                    let argc = argc as usize;
                    let r = if argc <= NATIVE_ARGS_INLINE {
                        // The arguments move (bit copies) into a buffer on the Rust stack: a
                        // native may run GML that grows (moves) the operand stack, so they
                        // cannot stay there while it holds them.
                        let mut buf =
                            [const { MaybeUninit::<Value>::uninit() }; NATIVE_ARGS_INLINE];
                        let args = buf.as_mut_ptr() as *mut Value;
                        // SAFETY: the top `argc` slots hold the arguments (`argc` is at most the
                        // buffer's length); they move out as `sp` drops past them.
                        unsafe {
                            sp = sp.sub(argc);
                            std::ptr::copy_nonoverlapping(sp, args, argc);
                        }
                        sync!();
                        // SAFETY: the first `argc` entries of `buf` were just initialised.
                        let r =
                            self.run_native(b, unsafe { std::slice::from_raw_parts(args, argc) });
                        // SAFETY: each argument is dropped once, here.
                        unsafe {
                            for k in 0..argc {
                                let a = args.add(k);
                                if owns_heap(&*a) {
                                    std::ptr::drop_in_place(a);
                                }
                            }
                        }
                        r
                    } else {
                        sync!();
                        let n = self.stack.len() - argc;
                        let args: Vec<Value> = self.stack.drain(n..).collect();
                        self.run_native(b, &args)
                    };
                    let v = r?;
                    reload_sp!();
                    spush!(v);
                    if self.frames.len() - 1 != fi {
                        sync!();
                        load_frame!();
                        tick!();
                    }
                }
                Op::CallField(name, argc) => {
                    sync_ip!();
                    let argc = argc as usize;
                    let cache = field_cache!();
                    // SAFETY: the scope is on the stack below the arguments.
                    let scope: &Value = unsafe { &*sp.sub(argc + 1) };
                    // A plain GML method of a struct (`p.move(1)`), found through this
                    // instruction's cache: straight to its frame. The frame owns the function
                    // (the struct may drop it while it runs), so the method value need not be
                    // slotted under the arguments.
                    let found = match scope {
                        // SAFETY: only read (and reference counts raised) while nothing else
                        // runs; an active `borrow_mut` sends the call down the general path.
                        Value::Struct(st) => match unsafe { st.try_borrow_unguarded() } {
                            Ok(obj) => script_method(obj, name, cache).map(|(f, b)| (f, b, st)),
                            Err(_) => None,
                        },
                        _ => None,
                    };
                    match found {
                        Some((f, bound, st))
                            if argc <= f.proto.param_count as usize
                                && self.frames.len() < MAX_CALL_DEPTH =>
                        {
                            let callee: *const super::bytecode::Proto = &*f.proto;
                            let func = FuncRef::owned(f.clone());
                            // SAFETY: the scope slot stays below the new frame's base, untouched
                            // until it returns, and the caller's frame outlives the callee's.
                            let caller = frame!();
                            let (s, o) = unsafe {
                                (
                                    match bound {
                                        Some(b) => ScopeRef::owned(b.clone()),
                                        None => ScopeRef::borrow_from(st),
                                    },
                                    ScopeRef::borrow_from(&caller.self_),
                                )
                            };
                            // SAFETY: the frame about to be pushed owns the function, so its
                            // proto lives as long as the frame (see `frame_proto`).
                            let callee = unsafe { &*callee };
                            enter_plain!(func, s, o, callee, argc, 1);
                        }
                        _ => {
                            sync!();
                            let scope_at = self.stack.len() - argc - 1;
                            self.call_field_slow(fi, scope_at, name, argc)?;
                            load_frame!();
                            tick!();
                        }
                    }
                }
                Op::Return | Op::ReturnUndefined | Op::ReturnLocal(_) => {
                    // In words until it lands (see `UNDEFINED_WORDS`).
                    let result: Words = match *op {
                        Op::Return => pop_words!(),
                        Op::ReturnLocal(s) => {
                            let v = local!(s);
                            if let Value::Unset = v {
                                fail!(unset_local(proto, s));
                            }
                            // SAFETY: a clone, moved into words.
                            unsafe { std::mem::transmute::<Value, Words>(v.clone()) }
                        }
                        _ => UNDEFINED_WORDS,
                    };
                    let f = frame!();
                    // Constructors, argument copies, `with`, `try`, the REPL's kept locals and
                    // the end of this run are the rare cases.
                    if f.flags & super::FRAME_SLOW != 0 {
                        sync!();
                        // SAFETY: the words are a moved Value.
                        let result = unsafe { std::mem::transmute::<Words, Value>(result) };
                        let result = self.return_slow(fi, result);
                        if self.frames.len() <= depth {
                            return Ok(result);
                        }
                        load_frame!();
                        spush!(result);
                    } else {
                        let ret_len = f.ret_len;
                        self.pop_plain_frame(fi);
                        // Drops the frame's locals and what is left above them, only the
                        // values that own something.
                        let p = self.stack.as_mut_ptr();
                        // SAFETY: `ret_len` is at or below `sp`; the slots between are
                        // initialised and each is dropped once as `sp` drops past it.
                        unsafe {
                            let end = p.add(ret_len);
                            while sp > end {
                                sp = sp.sub(1);
                                if owns_heap(&*sp) {
                                    std::ptr::drop_in_place(sp);
                                }
                            }
                        }
                        // The run's first frame is `FRAME_SLOW`, so a caller frame of this run
                        // is below.
                        debug_assert!(self.frames.len() > depth);
                        spush_words!(result);
                        // The caller's state (the stack did not move).
                        fi -= 1;
                        let f = frame!();
                        proto = frame_proto(f);
                        code = proto.code.as_ptr();
                        // SAFETY: as in `load_frame!`.
                        unsafe {
                            ip = code.add(f.ip);
                            bp = p.add(f.base);
                        }
                    }
                    // No poll here: every return ends a call, which polled.
                }
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
                            ArithOp::Mod => fail!(Error::msg("DoMod :: Divide by zero")),
                        }
                    } else {
                        let a2 = a.clone();
                        let r = callout!(ops::arith_op(self, k, &a2, &Value::Real(c)));
                        *top!() = r;
                    }
                }
                Op::ArithCToLocal(s, k, c) => {
                    let v = pop!();
                    let r = match &v {
                        &Value::Real(x) => match k {
                            ArithOp::Add => x + c,
                            ArithOp::Sub => x - c,
                            ArithOp::Mul => x * c,
                            ArithOp::Div => x / c,
                            ArithOp::Mod if c != 0.0 => ops::real_mod(x, c),
                            ArithOp::Mod => fail!(Error::msg("DoMod :: Divide by zero")),
                        },
                        _ => {
                            callout!(self.arith_c_to_local_slow(base!() + s as usize, k, v, c));
                            continue;
                        }
                    };
                    discard!(v);
                    // A real replacing a real changes only the payload: no drop, no temporary.
                    match local!(s) {
                        Value::Real(x) => *x = r,
                        slot => *slot = Value::Real(r),
                    }
                }
                Op::LocalArithC(s, k, c) => {
                    let r = match local!(s) {
                        Value::Real(x) => match k {
                            ArithOp::Add => *x + c,
                            ArithOp::Sub => *x - c,
                            ArithOp::Mul => *x * c,
                            ArithOp::Div => *x / c,
                            ArithOp::Mod if c != 0.0 => ops::real_mod(*x, c),
                            ArithOp::Mod => fail!(Error::msg("DoMod :: Divide by zero")),
                        },
                        _ => {
                            let v = callout!(self.local_arith_c_slow(base!(), proto, s, k, c));
                            spush!(v);
                            continue;
                        }
                    };
                    spush_real!(r);
                }
                Op::JumpUnlessLocalC(s, k, c, t) => {
                    let ok = match local!(s) {
                        Value::Real(x) if !x.is_nan() => {
                            k.test(ops::cmp_ordered(*x, c, self.epsilon))
                        }
                        Value::Unset => fail!(unset_local(proto, s)),
                        other => tryop!(cmp_const(other, k, c, self.epsilon)),
                    };
                    if !ok {
                        jump!(t);
                    }
                }
                Op::CmpC(k, c) => {
                    let r = tryop!(cmp_const(top!(), k, c, self.epsilon));
                    *top!() = Value::Bool(r);
                }
                Op::JumpUnlessC(k, c, t) => {
                    let a = pop!();
                    let ok = tryop!(cmp_const(&a, k, c, self.epsilon));
                    discard!(a);
                    if !ok {
                        jump!(t);
                    }
                }
                Op::IncLocalLoopC(s, k, c, t) | Op::DecLocalLoopC(s, k, c, t) => {
                    let up = matches!(op, Op::IncLocalLoopC(..));
                    let again = match local!(s) {
                        Value::Real(x) => {
                            *x += if up { 1.0 } else { -1.0 };
                            if x.is_nan() {
                                false
                            } else {
                                k.test(ops::cmp_ordered(*x, c, self.epsilon))
                            }
                        }
                        _ => callout!(self.loop_step_slow(base!(), proto, s, up, k, c)),
                    };
                    if again {
                        jump!(t);
                    }
                }
                Op::LoadLocalIndex(a, i) => {
                    let (arr, idx) = (&*local!(a), &*local!(i));
                    // SAFETY: the element is cloned onto the stack before anything else runs.
                    let hit = unsafe { super::index::load_fast(arr, idx) };
                    match hit {
                        Some(v) => spush!(v.clone()),
                        None => {
                            let v = callout!(self.load_local_index_slow(base!(), proto, a, i));
                            spush!(v);
                        }
                    }
                }
                Op::StoreLocalIndex(a, i) => {
                    let v = pop!();
                    let rest = super::index::store_fast(local!(a), local!(i), v);
                    if let Some(v) = rest {
                        callout!(self.store_local_index_slow(base!(), proto, a, i, v));
                    }
                }
                Op::LoadLocalField(l, s) => {
                    let cache = field_cache!();
                    let hit = match &*local!(l) {
                        // SAFETY: the value is cloned onto the stack before anything else runs.
                        Value::Struct(st) => unsafe { cache.get_unguarded(st, s) },
                        _ => None,
                    };
                    match hit {
                        Some(v) => spush!(v.clone()),
                        None => {
                            let v = callout!(self.load_local_field_slow(base!(), proto, l, s));
                            spush!(v);
                        }
                    }
                }
                Op::StoreLocalField(l, s) => {
                    let v = pop!();
                    let cache = field_cache!();
                    if let Some(v) = cache.try_store(local!(l), s, v) {
                        callout!(self.store_local_field_slow(base!(), proto, l, s, v, cache));
                    }
                }
                Op::JumpUnlessLocals(a, k, b, t) => {
                    let ok = match (&*local!(a), &*local!(b)) {
                        (Value::Real(x), Value::Real(y)) if !x.is_nan() && !y.is_nan() => {
                            k.test(ops::cmp_ordered(*x, *y, self.epsilon))
                        }
                        _ => callout!(self.compare_locals_slow(base!(), proto, a, k, b)),
                    };
                    if !ok {
                        jump!(t);
                    }
                }
                // One arm per direction: the step is a constant, not a test of which op this is.
                Op::IncLocalLoopL(s, k, b, t) => loop_step_locals!(s, k, b, t, true),
                Op::DecLocalLoopL(s, k, b, t) => loop_step_locals!(s, k, b, t, false),
                Op::JumpUnless(k, t) => {
                    let b = pop!();
                    let a = pop!();
                    let r = match (&a, &b) {
                        (Value::Real(x), Value::Real(y)) if !x.is_nan() && !y.is_nan() => {
                            k.test(ops::cmp_ordered(*x, *y, self.epsilon))
                        }
                        _ => tryop!(cmp_values(&a, &b, k, self.epsilon)),
                    };
                    discard!(a);
                    discard!(b);
                    if !r {
                        jump!(t);
                    }
                }
                // Everything else runs out of line (rare.rs), with the state written back and
                // reloaded after: it may push or pop frames, jump, or grow the stack. Listed, not
                // `_`: with every variant named, the jump table needs no range check.
                Op::Bit(..)
                | Op::BitNot
                | Op::CallParent(..)
                | Op::CallSelfVar(..)
                | Op::CallValue(..)
                | Op::Delete
                | Op::Dup2
                | Op::EnterConstructor
                | Op::FieldArrayForWrite(..)
                | Op::GlobalArrayForWrite(..)
                | Op::IndexArrayForWrite
                | Op::InitField(..)
                | Op::IntDiv
                | Op::JumpIfNotNullish(..)
                | Op::LoadArg(..)
                | Op::LoadArgIndex
                | Op::LoadBuiltin(..)
                | Op::LoadKey
                | Op::LoadStatic(..)
                | Op::LocalArrayForWrite(..)
                | Op::MakeArray(..)
                | Op::MakeFunction(..)
                | Op::MakeMethod(..)
                | Op::MakeMethodForTop(..)
                | Op::New(..)
                | Op::NewStruct
                | Op::Nop
                | Op::Over
                | Op::PushGlobal
                | Op::PushOther
                | Op::PushScript(..)
                | Op::PushSelf
                | Op::SelfArrayForWrite(..)
                | Op::StaticsInit(..)
                | Op::StoreArg(..)
                | Op::StoreArgIndex
                | Op::StoreBuiltin(..)
                | Op::StoreKey
                | Op::StoreStatic(..)
                | Op::Swap
                | Op::Throw
                | Op::ToBool
                | Op::TryBegin(..)
                | Op::TryEnd
                | Op::WithBegin(..)
                | Op::WithExit
                | Op::WithNext(..)
                | Op::Xor => {
                    sync!();
                    self.rare_op(*op, fi)?;
                    load_frame!();
                    tick!();
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

    /// `CallField` off its fast path: finds `s.name` (statics, instance variables,
    /// builtins), slots it under the arguments (it keeps the function alive while the frame
    /// borrows it) and calls it. Stack: scope, args.
    #[inline(never)]
    fn call_field_slow(
        &mut self,
        fi: usize,
        scope_at: usize,
        name: super::intern::Sym,
        argc: usize,
    ) -> Result<()> {
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
        self.stack.insert(scope_at + 1, callee);
        let callee_at = self.stack.len() - argc - 1;
        // A GML method on a struct (`p.move(1)`): a plain frame borrowing the slotted method.
        if let (Value::Struct(scope), Value::Method(m)) =
            (&self.stack[callee_at - 1], &self.stack[callee_at])
        {
            if let Callee::Script(f) = &m.callee {
                if f.plain
                    && argc <= f.proto.param_count as usize
                    && self.frames.len() < MAX_CALL_DEPTH
                {
                    // SAFETY: the scope and method slots stay below the new frame's base,
                    // untouched until it returns, and keep the function and its self alive;
                    // the caller's frame outlives the callee's.
                    let (func, s, o) = unsafe {
                        (
                            FuncRef::borrow_from(f),
                            ScopeRef::borrow_from(m.bound.as_ref().unwrap_or(scope)),
                            ScopeRef::borrow_from(&self.frames[fi].self_),
                        )
                    };
                    let base = self.stack.len() - argc;
                    self.push_plain_frame(func, s, o, base, argc, 2);
                    return Ok(());
                }
            }
        }
        self.call_method_slow(fi, callee_at, argc)?;
        Ok(())
    }

    /// `SelfArithC` and `SelfArithLocal` off their fast paths (the field is not a real at its
    /// cached slot, the local is not a real, or the write has side effects): the four
    /// instructions they stand for, in order. `local` is the local operand, else `c`.
    #[inline(never)]
    fn self_arith_slow(
        &mut self,
        fi: usize,
        s: super::intern::Sym,
        k: ArithOp,
        local: Option<u16>,
        c: f64,
    ) -> Result<()> {
        let f = &self.frames[fi];
        let target = StructRef::clone(&f.self_);
        let proto = frame_proto(f);
        let ip = f.ip - 1;
        let base = f.base;
        let cache = &proto.field_caches[ip];
        let cur = {
            let me = target.borrow();
            match cache.get(&me, s).cloned() {
                Some(v) => Some(v),
                None => me.get_with_statics(s),
            }
        };
        let Some(cur) = cur else {
            return Err(self.missing_var(&target, s));
        };
        let rhs = match local {
            Some(l) => self.local_for_read(base, proto, l)?,
            None => Value::Real(c),
        };
        let r = ops::arith_op(self, k, &cur, &rhs)?;
        super::scope::store_var_cached(&target, s, r, cache);
        Ok(())
    }

    /// `LocalFieldArithC` off its fast path: the three instructions it stands for, in order.
    #[inline(never)]
    fn local_field_arith_slow(
        &mut self,
        fi: usize,
        l: u16,
        s: super::intern::Sym,
        k: ArithOp,
        c: f64,
    ) -> Result<()> {
        let f = &self.frames[fi];
        let proto = frame_proto(f);
        let cache = &proto.field_caches[f.ip - 1];
        let base = f.base;
        let scope = self.local_for_read(base, proto, l)?;
        let cur = self.load_field(&scope, s)?;
        let r = ops::arith_op(self, k, &cur, &Value::Real(c))?;
        if let Some(r) = cache.try_store(&scope, s, r) {
            self.store_field_learn(&scope, s, r, cache)?;
        }
        Ok(())
    }

    /// `IncLocal` and `AddToLocal` off their fast paths: `local = local + b`.
    #[cold]
    fn add_to_local_slow(
        &mut self,
        base: usize,
        proto: &super::bytecode::Proto,
        s: u16,
        b: Value,
    ) -> Result<()> {
        let a = self.local_for_read(base, proto, s)?;
        let r = ops::add(self, &a, &b)?;
        self.stack[base + s as usize] = r;
        Ok(())
    }

    /// `LocalArithC` when the local is not a real.
    #[cold]
    fn local_arith_c_slow(
        &mut self,
        base: usize,
        proto: &super::bytecode::Proto,
        s: u16,
        k: ArithOp,
        c: f64,
    ) -> Result<Value> {
        let a = self.local_for_read(base, proto, s)?;
        ops::arith_op(self, k, &a, &Value::Real(c))
    }

    /// `StoreField` when the cache cannot take the write: the general store, then the cache
    /// learns where the field is.
    #[cold]
    fn store_field_learn(
        &mut self,
        scope: &Value,
        s: super::intern::Sym,
        v: Value,
        cache: &super::field_cache::FieldCache,
    ) -> Result<()> {
        self.store_field(scope, s, v)?;
        if let Value::Struct(st) = scope {
            cache.learn_store(&st.borrow(), s);
        }
        Ok(())
    }

    /// `LoadLocalField` off its fast path: `LoadLocal` then `LoadField`.
    #[cold]
    fn load_local_field_slow(
        &mut self,
        base: usize,
        proto: &super::bytecode::Proto,
        l: u16,
        s: super::intern::Sym,
    ) -> Result<Value> {
        let scope = self.local_for_read(base, proto, l)?;
        self.load_field(&scope, s)
    }

    /// `StoreLocalField` off its fast path.
    #[cold]
    fn store_local_field_slow(
        &mut self,
        base: usize,
        proto: &super::bytecode::Proto,
        l: u16,
        s: super::intern::Sym,
        v: Value,
        cache: &super::field_cache::FieldCache,
    ) -> Result<()> {
        let scope = self.local_for_read(base, proto, l)?;
        self.store_field_learn(&scope, s, v, cache)
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
pub(super) fn frame_proto<'a>(frame: &Frame) -> &'a super::bytecode::Proto {
    // SAFETY: see above; the Rc in `frame.func` keeps the Proto alive and unmoved.
    unsafe { &*std::rc::Rc::as_ptr(&frame.func.proto) }
}

/// `s.name` for a call, when it is a plain GML function or method (no `argument[i]`, not a
/// constructor): the function and the self it is bound to. The struct's own fields are searched
/// first, as `get_with_statics` does, then its static struct through the instruction's cache;
/// anything else (a deeper static chain, a builtin, not callable) is left to the general path.
#[inline(always)]
fn script_method<'a>(
    st: &'a StructObj,
    name: super::intern::Sym,
    cache: &super::field_cache::FieldCache,
) -> Option<(&'a Rc<FunctionObj>, Option<&'a StructRef>)> {
    // A few own fields are scanned faster than they are hashed.
    let own = if st.fields.len() <= 8 {
        st.fields.iter().find(|(k, _)| **k == name).map(|(_, v)| v)
    } else {
        st.fields.get(&name)
    };
    let v = match own {
        Some(v) => v,
        None => {
            // SAFETY: as for the struct itself (`Op::CallField`): read while nothing else runs.
            let statics = unsafe { st.statics.as_ref()?.try_borrow_unguarded() }.ok()?;
            cache.get(statics, name)?
        }
    };
    match v {
        Value::Method(m) => match &m.callee {
            Callee::Script(f) if f.plain => Some((f, m.bound.as_ref())),
            _ => None,
        },
        _ => None,
    }
}

/// `*x = *x op y` for the fused arithmetic instructions; false for `mod` (left to the general
/// path, which reports a zero divisor).
#[inline(always)]
fn real_arith(x: &mut f64, k: ArithOp, y: f64) -> bool {
    match k {
        ArithOp::Add => *x += y,
        ArithOp::Sub => *x -= y,
        ArithOp::Mul => *x *= y,
        ArithOp::Div => *x /= y,
        ArithOp::Mod => return false,
    }
    true
}

/// The error for reading a `var` that was declared but never assigned.
fn unset_local(proto: &super::bytecode::Proto, slot: u16) -> Error {
    Error::msg(format!(
        "local variable {}(100001, -2147483648) not set before reading it.",
        proto.local_names[slot as usize]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `spush_real!` writes a real as its tag word and its bits: that must read back as the
    /// same `Value::Real` (the tag is the first byte, the rest of the word padding).
    #[test]
    fn real_written_as_two_words_reads_back() {
        for r in [0.0, -0.0, 1.5, f64::MAX, f64::NEG_INFINITY] {
            let words = [REAL_TAG as u64, r.to_bits()];
            // SAFETY: checked by this test: the words are a complete Value::Real.
            let v: Value = unsafe { std::mem::transmute(words) };
            assert!(matches!(v, Value::Real(x) if x.to_bits() == r.to_bits()));
        }
        assert_eq!(std::mem::size_of::<Value>(), 16);
    }
}
