//! Calls: pushing frames, binding arguments, natives, `new`, and turning errors into GameMaker's
//! error struct when a `catch` takes them.

use super::bytecode::BuiltinVar;
use super::error::{Error, Result};
use super::function::Callee;
use super::function::FunctionObj;
use super::intern::Sym;
use super::interp::Args;
use super::names::closest_names;
use super::not_callable;
use super::value::{StructObj, StructRef, Value};
use super::{EventCtx, Frame, FuncRef, ScopeRef, Vm, MAX_CALL_DEPTH};

/// Nested runs of the dispatch loop (GML called from natives) allowed at once.
pub const MAX_NATIVE_DEPTH: usize = 400;
use crate::builtins::Builtin;
use std::rc::Rc;

impl Vm {
    /// Pushes a frame for `func` with the `argc` arguments already on the stack top.
    /// `extra_pop` more values below the arguments (the callee) go when it returns.
    pub(crate) fn push_frame(
        &mut self,
        func: &Rc<FunctionObj>,
        self_: ScopeRef,
        other: ScopeRef,
        argc: usize,
        extra_pop: usize,
        event: Option<EventCtx>,
    ) -> Result<()> {
        self.push_frame_ref(
            FuncRef::owned(func.clone()),
            self_,
            other,
            argc,
            extra_pop,
            event,
        )
    }

    /// `push_frame` with the function owned or borrowed (see `FuncRef`).
    pub(crate) fn push_frame_ref(
        &mut self,
        func: FuncRef,
        self_: ScopeRef,
        other: ScopeRef,
        argc: usize,
        extra_pop: usize,
        event: Option<EventCtx>,
    ) -> Result<()> {
        if self.frames.len() >= MAX_CALL_DEPTH {
            return Err(self.call_depth_error(&func));
        }
        let proto = &func.proto;
        let base = self.stack.len() - argc;
        let params = proto.param_count as usize;
        let args = proto.uses_arguments.then(|| self.stack[base..].to_vec());
        if argc > params {
            self.stack.truncate(base + params);
        }
        self.push_plain_frame(func, self_, other, base, argc, extra_pop);
        // Rare parts are set afterwards, so the common frame is built from registers only.
        if let Some(f) = self.frames.last_mut() {
            f.event = event;
            if let Some(args) = args {
                f.flags |= super::FRAME_SLOW;
                f.rare = Some(Box::new(super::FrameRare {
                    args,
                    construct: false,
                }));
            }
        }
        Ok(())
    }

    #[cold]
    pub(crate) fn call_depth_error(&self, func: &FunctionObj) -> Error {
        Error::msg(format!(
            "Stack overflow: call depth exceeded {MAX_CALL_DEPTH} (infinite recursion in {}?)",
            func.display_name()
        ))
    }

    /// Pushes a frame whose arguments (at most its parameter count) are on the stack from
    /// `base`: the frame kind every plain call makes. The caller has checked the call depth.
    #[inline(always)]
    pub(crate) fn push_plain_frame(
        &mut self,
        func: FuncRef,
        self_: ScopeRef,
        other: ScopeRef,
        base: usize,
        argc: usize,
        extra_pop: usize,
    ) {
        let proto = &func.proto;
        // The dispatch loop pushes without capacity checks: room for the frame's locals and
        // its deepest operand stack, reserved now (the capacity never shrinks after).
        let locals_end = base + proto.local_count as usize;
        self.stack
            .reserve(locals_end + proto.max_stack as usize - self.stack.len());
        // Missing arguments are undefined; `var` locals start unset.
        fill_slots(
            &mut self.stack,
            base + proto.param_count as usize,
            locals_end,
        );
        self.push_frame_record(func, self_, other, base, argc, extra_pop);
    }

    /// The frame record of `push_plain_frame`, for a caller that has set up the frame's slots.
    #[inline(always)]
    pub(crate) fn push_frame_record(
        &mut self,
        func: FuncRef,
        self_: ScopeRef,
        other: ScopeRef,
        base: usize,
        argc: usize,
        extra_pop: usize,
    ) {
        let with_base = self.withs.len();
        let flags = if func.is_owned() || self_.is_owned() || other.is_owned() {
            super::FRAME_OWNS
        } else {
            0
        };
        self.frames.reserve(1);
        // SAFETY: capacity reserved above; every field of the new slot is written before the
        // length covers it. Field by field, straight into the slot: building a Frame in a
        // temporary and copying it makes the CPU reload narrow stores with wide loads, which
        // stalls (this was half the cost of a call).
        unsafe {
            use std::ptr::addr_of_mut;
            let len = self.frames.len();
            let p: *mut Frame = self.frames.as_mut_ptr().add(len);
            addr_of_mut!((*p).func).write(func);
            addr_of_mut!((*p).ip).write(0);
            addr_of_mut!((*p).base).write(base);
            addr_of_mut!((*p).self_).write(self_);
            addr_of_mut!((*p).other).write(other);
            addr_of_mut!((*p).argc).write(argc);
            addr_of_mut!((*p).ret_len).write(base - extra_pop);
            addr_of_mut!((*p).with_base).write(with_base);
            addr_of_mut!((*p).flags).write(flags);
            addr_of_mut!((*p).event).write(None);
            addr_of_mut!((*p).rare).write(None);
            self.frames.set_len(len + 1);
        }
    }

    /// Pops the top frame (index `fi`), dropping its fields in place: the generic drop is an
    /// out-of-line call, and most frames own nothing (borrowed function and scopes, no args).
    #[inline(always)]
    pub(crate) fn pop_plain_frame(&mut self, fi: usize) {
        // Every other field of a frame is plain data, and a frame with `rare` parts is
        // `FRAME_SLOW` (popped by `return_slow`).
        const _: () = assert!(!std::mem::needs_drop::<Option<EventCtx>>());
        debug_assert_eq!(self.frames.len(), fi + 1);
        debug_assert!(self.frames[fi].rare.is_none());
        // SAFETY: frame `fi` is the last one; the length shrinks first, then each field that
        // may own something is dropped exactly once.
        unsafe {
            self.frames.set_len(fi);
            let p = self.frames.as_mut_ptr().add(fi);
            if (*p).flags & super::FRAME_OWNS != 0 {
                std::ptr::drop_in_place(std::ptr::addr_of_mut!((*p).func));
                std::ptr::drop_in_place(std::ptr::addr_of_mut!((*p).self_));
                std::ptr::drop_in_place(std::ptr::addr_of_mut!((*p).other));
            }
        }
    }

    /// `CallField` off its fast path: a bound or builtin callee, an instance scope, a function
    /// taking `argument[i]`, or not callable. Stack: scope, callee, args. Returns true when a
    /// GML frame was pushed.
    #[inline(never)]
    pub(crate) fn call_method_slow(
        &mut self,
        fi: usize,
        callee_at: usize,
        argc: usize,
    ) -> Result<bool> {
        if let (Value::Struct(scope), Value::Method(m)) =
            (&self.stack[callee_at - 1], &self.stack[callee_at])
        {
            if let Callee::Script(f) = &m.callee {
                if !f.proto.is_constructor {
                    let self_ = m.bound.as_ref().unwrap_or(scope).clone();
                    let f = f.clone();
                    let other = StructRef::clone(&self.frames[fi].self_);
                    self.push_frame(
                        &f,
                        ScopeRef::owned(self_),
                        ScopeRef::owned(other),
                        argc,
                        2,
                        None,
                    )?;
                    return Ok(true);
                }
            }
        }
        let callee = self.stack[callee_at].clone();
        let scope = self.stack[callee_at - 1].clone();
        let s = match self.scope_struct(&scope) {
            Some(s) => s,
            None => self.frames[fi].self_.clone(),
        };
        self.call_callee(&callee, s, argc, 2)
    }

    /// Calls a GML function to completion (used by natives, events and the runtime).
    pub fn call_function(
        &mut self,
        func: &Rc<FunctionObj>,
        self_: StructRef,
        other: StructRef,
        args: &[Value],
        event: Option<EventCtx>,
    ) -> Result<Value> {
        // Calls from natives (callbacks, events, toString) nest Rust frames: bound them too.
        if self.native_depth >= MAX_NATIVE_DEPTH {
            return Err(Error::msg(format!(
                "Stack overflow: nested calls exceeded {MAX_NATIVE_DEPTH} (infinite recursion in {}?)",
                func.display_name()
            )));
        }
        // Natives calling back into GML (array_map over a huge array) poll at each call.
        self.poll_interrupt()?;
        let depth = self.frames.len();
        let stack_len = self.stack.len();
        self.stack.extend(args.iter().cloned());
        if let Err(e) = self.push_frame(
            func,
            ScopeRef::owned(self_),
            ScopeRef::owned(other),
            args.len(),
            0,
            event,
        ) {
            self.stack.truncate(stack_len);
            return Err(e);
        }
        self.native_depth += 1;
        let r = self.execute(depth);
        self.native_depth -= 1;
        r
    }

    /// Runs `func` with its locals taken from (and written back to) `locals` (REPL top level).
    pub(crate) fn call_with_locals(
        &mut self,
        func: &Rc<FunctionObj>,
        g: StructRef,
        locals: &mut Vec<Value>,
    ) -> Result<Value> {
        let depth = self.frames.len();
        let base = self.stack.len();
        self.push_frame(
            func,
            ScopeRef::owned(g.clone()),
            ScopeRef::owned(g),
            0,
            0,
            None,
        )?;
        for (i, v) in locals.iter().enumerate() {
            if base + i < self.stack.len() {
                self.stack[base + i] = v.clone();
            }
        }
        // Keep the frame's locals when it returns: read them back before the frame pops.
        self.frames.last_mut().expect("frame").flags |= super::FRAME_SLOW;
        let n = func.proto.local_count as usize;
        self.execute_keep_locals(depth, base, n, locals)
    }

    fn execute_keep_locals(
        &mut self,
        depth: usize,
        base: usize,
        n: usize,
        locals: &mut Vec<Value>,
    ) -> Result<Value> {
        self.keep_locals = Some((depth, base, n));
        let r = self.execute(depth);
        if let Some(saved) = self.kept_locals.take() {
            *locals = saved;
        }
        self.keep_locals = None;
        r
    }

    pub(crate) fn call_native(&mut self, b: &'static Builtin, args: &[Value]) -> Result<Value> {
        let n = args.len();
        if n < b.min_args as usize
            || (b.max_args != crate::builtins::VARIADIC && n > b.max_args as usize)
        {
            return Err(Error::msg(format!(
                "{}: wrong number of arguments ({n})",
                b.name
            )));
        }
        self.run_native(b, args)
    }

    /// Runs a builtin whose argument count was checked; then sees whether an interrupt came
    /// during it (a loop over a slow builtin stops at its next call).
    #[inline]
    pub(crate) fn run_native(&mut self, b: &'static Builtin, args: &[Value]) -> Result<Value> {
        let saved = self.current_native;
        self.current_native = b.name;
        let r = (b.f)(self, args);
        self.current_native = saved;
        self.check_interrupt()?;
        r.map_err(|e| name_bad_arg(e, b.name))
    }

    /// `Op::EnterConstructor`: the struct under construction (frame `fi`'s self) becomes an
    /// instance of the frame's constructor. `new` runs the parents' bodies first, so each body
    /// sees its own constructor and statics, and the outermost one is set last.
    #[cold]
    pub(crate) fn enter_constructor(&mut self, fi: usize) {
        let f = self.frames[fi].func.clone();
        let statics = self.ensure_statics(&f);
        let mut s = self.frames[fi].self_.borrow_mut();
        if !s.constructor.as_ref().is_some_and(|c| Rc::ptr_eq(c, &f)) {
            s.constructor = Some(f);
            s.statics = Some(statics);
        }
    }

    /// The static struct of a function, created empty (linked to its parent's) if needed.
    pub(crate) fn ensure_statics(&mut self, func: &Rc<FunctionObj>) -> StructRef {
        if let Some(s) = func.statics.borrow().as_ref() {
            return s.clone();
        }
        let s = StructObj::new_ref();
        *func.statics.borrow_mut() = Some(s.clone());
        if let Some(parent) = self.parent_constructor(func) {
            if !Rc::ptr_eq(&parent, func) {
                let ps = self.ensure_statics(&parent);
                s.borrow_mut().statics = Some(ps);
            }
        }
        s
    }

    pub(crate) fn parent_constructor(&self, func: &Rc<FunctionObj>) -> Option<Rc<FunctionObj>> {
        if let Some(p) = func.parent.borrow().as_ref() {
            return Some(p.clone());
        }
        let name = func.proto.parent_name?;
        let p = self.script_by_name(name.as_str())?;
        *func.parent.borrow_mut() = Some(p.clone());
        Some(p)
    }

    /// Turns an error into the value a `catch` receives.
    pub(crate) fn error_value(&mut self, e: Error) -> Value {
        match e {
            Error::Throw(v) => v,
            Error::Runtime(r) => {
                let mut s = StructObj::new();
                let (script, line) = r.stack.first().cloned().unwrap_or_default();
                let long = self.long_message(&r.message, &r.stack);
                s.set(Sym::intern("message"), Value::str(&r.message));
                s.set(Sym::intern("longMessage"), Value::string(long));
                s.set(Sym::intern("script"), Value::str(&script));
                s.set(Sym::intern("line"), Value::Real(line as f64));
                let trace: Vec<Value> = r
                    .stack
                    .iter()
                    .map(|(n, l)| Value::string(format!("{n} (line {l})")))
                    .collect();
                s.set(Sym::intern("stacktrace"), Value::new_array(trace));
                Value::new_struct(s)
            }
            Error::BadArg(_) | Error::Interrupted => {
                let msg = e.message();
                self.error_value(Error::msg(msg))
            }
        }
    }

    /// GameMaker's long error text: where it happened, the message and the GML stack.
    pub fn long_message(&self, message: &str, stack: &[(String, u32)]) -> String {
        let mut out = String::from("ERROR in action number 1\n");
        match self.error_event {
            Some((ref obj, ref ev)) => {
                out.push_str(&format!("of {ev} for object {obj}:\n"));
            }
            None => out.push_str("of Script Execution for object <top-level code>:\n"),
        }
        out.push_str(message);
        if let Some((name, line)) = stack.first() {
            let text = self.source_line(name, *line);
            out.push_str(&format!("\n at {name} (line {line}) - {text}"));
        }
        out
    }

    fn source_line(&self, unit: &str, line: u32) -> String {
        self.source_lines
            .get(unit)
            .map(|f| f.line_text(line).trim().to_string())
            .unwrap_or_default()
    }

    /// Fills in the GML call stack of a runtime error from the live frames (innermost first).
    pub(crate) fn locate(&mut self, e: &mut Error) {
        if let Error::Runtime(r) = e {
            if r.located {
                return;
            }
            r.located = true;
            r.stack = self
                .frames
                .iter()
                .rev()
                .map(|f| {
                    (
                        f.func.proto.name.clone(),
                        f.func.proto.line_at(f.ip.saturating_sub(1)),
                    )
                })
                .collect();
            for f in self.frames.iter() {
                self.source_lines
                    .entry(f.func.proto.name.clone())
                    .or_insert_with(|| f.func.proto.file.clone());
            }
            self.error_event = self.current_event().map(|ctx| {
                let obj = self
                    .world
                    .objects
                    .get(ctx.object)
                    .map(|o| o.name.to_string())
                    .unwrap_or_default();
                (obj, ctx.event.report_name())
            });
        }
    }
}

type Words = [std::mem::MaybeUninit<u64>; 2];
// SAFETY: a Value is two words; these variants own nothing, so their bit patterns can be copied.
const UNDEFINED_WORDS: Words = unsafe { std::mem::transmute::<Value, Words>(Value::Undefined) };
const UNSET_WORDS: Words = unsafe { std::mem::transmute::<Value, Words>(Value::Unset) };

/// Grows `stack` (with room reserved) to `locals_end`: undefined up to `params_end` (missing arguments), unset after
/// (`var` locals), written word by word.
#[inline(always)]
fn fill_slots(stack: &mut Vec<Value>, params_end: usize, locals_end: usize) {
    let old = stack.len();
    if locals_end <= old {
        return;
    }
    // SAFETY: capacity reserved by the caller; each slot gets a complete, owned-nothing Value bit pattern.
    unsafe {
        let p = stack.as_mut_ptr() as *mut std::mem::MaybeUninit<u64>;
        for i in old..locals_end {
            let words = if i < params_end {
                UNDEFINED_WORDS
            } else {
                UNSET_WORDS
            };
            std::ptr::write_volatile(p.add(2 * i), words[0]);
            std::ptr::write_volatile(p.add(2 * i + 1), words[1]);
        }
        stack.set_len(locals_end);
    }
}

/// Writes undefined from `from` up to `params_end` (missing arguments) and unset from there up
/// to `end` (`var` locals); returns `end`.
///
/// # Safety
/// `from..end` must be unused slots within one allocation of Values.
#[inline(always)]
pub(crate) unsafe fn fill_slots_raw(
    mut from: *mut Value,
    params_end: *mut Value,
    end: *mut Value,
) -> *mut Value {
    while from < end {
        let words = if from < params_end {
            UNDEFINED_WORDS
        } else {
            UNSET_WORDS
        };
        // SAFETY: `from` is an unused slot (the caller's guarantee); each gets a complete,
        // owned-nothing Value bit pattern.
        unsafe {
            let p = from as *mut std::mem::MaybeUninit<u64>;
            std::ptr::write_volatile(p, words[0]);
            std::ptr::write_volatile(p.add(1), words[1]);
            from = from.add(1);
        }
    }
    end
}

/// Shortens the operand stack to `len`, dropping only the values that own something (a
/// returning frame's locals are mostly numbers).
#[inline(always)]
pub(crate) fn truncate_stack(stack: &mut Vec<Value>, len: usize) {
    while stack.len() > len {
        let l = stack.len() - 1;
        // SAFETY: slot `l` is initialised; the length shrinks before it is dropped.
        unsafe {
            stack.set_len(l);
            let p = stack.as_mut_ptr().add(l);
            if owns_heap(&*p) {
                std::ptr::drop_in_place(p);
            }
        }
    }
}

/// Whether dropping `v` does anything (numbers, bools and handles own nothing).
#[inline(always)]
pub(crate) fn owns_heap(v: &Value) -> bool {
    matches!(
        v,
        Value::Str(_) | Value::Array(_) | Value::Struct(_) | Value::Method(_)
    )
}

/// Names the builtin in an argument-type error, as GameMaker does.
pub(crate) fn name_bad_arg(e: Error, name: &str) -> Error {
    match e {
        Error::BadArg(b) => Error::msg(format!(
            "{name} argument {} incorrect type ({}) expecting a {}",
            b.index + 1,
            b.got,
            b.expected
        )),
        e => e,
    }
}

impl Vm {
    /// Calls a callee value whose arguments are on the stack (with `extra` slots below them to
    /// drop on return). Returns true when a GML frame was pushed.
    pub(crate) fn call_callee(
        &mut self,
        callee: &Value,
        scope: super::value::StructRef,
        argc: usize,
        extra: usize,
    ) -> Result<bool> {
        let Value::Method(m) = callee else {
            return Err(not_callable(callee));
        };
        let caller = self.current_self();
        match &m.callee {
            Callee::Script(f) => {
                f.check_plain_call()?;
                let self_ = m.bound.clone().unwrap_or(scope);
                self.push_frame(
                    f,
                    ScopeRef::owned(self_),
                    ScopeRef::owned(caller),
                    argc,
                    extra,
                    None,
                )?;
                Ok(true)
            }
            Callee::Native(b) => {
                let n = self.stack.len() - argc;
                let args: Args = self.stack.drain(n..).collect();
                self.stack.truncate(n - extra);
                let v = self.call_native(b, &args)?;
                self.stack.push(v);
                Ok(false)
            }
        }
    }

    pub(crate) fn load_builtin(&mut self, b: BuiltinVar) -> Result<Value> {
        Ok(match b {
            BuiltinVar::ArgumentCount => {
                Value::Real(self.frames.last().map(|f| f.argc).unwrap_or(0) as f64)
            }
            BuiltinVar::AsyncLoad => Value::Real(self.async_load),
            BuiltinVar::InstanceCount => Value::Real(self.world.live().count() as f64),
            BuiltinVar::InstanceIds => Value::new_array(
                self.world
                    .live()
                    .filter_map(|s| {
                        s.borrow()
                            .instance()
                            .map(|d| Value::Ref(super::value::RefKind::Instance, d.id))
                    })
                    .collect(),
            ),
            _ => crate::runtime::game::load_builtin_var(self, b)?,
        })
    }

    pub(crate) fn store_builtin(&mut self, b: BuiltinVar, v: Value) -> Result<()> {
        crate::runtime::game::store_builtin_var(self, b, v)
    }

    /// "unknown function" with the closest known names.
    pub(crate) fn unknown_function(&self, name: Sym) -> Error {
        let n = name.as_str();
        if let Some(ext) = self.assets.extension_functions.get(n) {
            return Error::msg(format!(
                "{n} is a function of the extension {ext}, which gml cannot run (extensions are native code)"
            ));
        }
        let close = closest_names(
            n,
            self.natives
                .iter()
                .map(|b| b.name)
                .chain(self.script_names.keys().map(|s| s.as_str())),
        );
        if close.is_empty() {
            Error::msg(format!("unknown function or variable '{n}'"))
        } else {
            Error::msg(format!(
                "unknown function or variable '{n}' (did you mean {}?)",
                close.join(", ")
            ))
        }
    }
}
