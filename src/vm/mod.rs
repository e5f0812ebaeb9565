//! The virtual machine: values, call frames and the dispatch loop.

pub mod bytecode;
mod call;
pub mod error;
mod event_call;
pub(crate) mod field_cache;
pub mod function;
pub mod gc;
mod index;
pub mod intern;
mod interp;
pub mod interrupt;
pub mod memory;
mod names;
pub mod ops;
mod rare;
mod scope;
mod scope_ref;
pub mod value;

pub use names::{closest_names, edit_distance};

use crate::builtins::{self, Builtin};
use crate::runtime::events::EventKey;
use crate::runtime::world::World;
use bytecode::Proto;
use error::{Error, Result};
use function::{Callee, FunctionObj, Method, MethodKind};
use hashbrown::HashMap;
use intern::Sym;
use scope_ref::{FuncRef, ScopeRef};
use std::io::Write;
use std::rc::Rc;
use value::{StructKind, StructObj, StructRef, Value};

/// GML recursion deeper than this is a GML error, not a Rust stack overflow.
pub const MAX_CALL_DEPTH: usize = 4096;

/// The event a frame is running, for `event_inherited`, `other` and error reports.
#[derive(Clone, Copy)]
pub struct EventCtx {
    /// The object whose code this is (may be an ancestor of the instance's object).
    pub object: usize,
    pub event: EventKey,
}

pub(crate) struct Frame {
    /// The running function (its `proto` is the code; the dispatch loop borrows it from here).
    pub func: FuncRef,
    pub ip: usize,
    pub base: usize,
    pub self_: ScopeRef,
    pub other: ScopeRef,
    pub argc: usize,
    /// Stack length to restore when the frame returns.
    pub ret_len: usize,
    pub with_base: usize,
    /// `FRAME_SLOW` and `FRAME_OWNS`: what a `Return` must do beyond the plain case, so a
    /// plain return tests one byte.
    pub flags: u8,
    /// The event this frame runs, if it is an event's code. Kept in the frame, not in `rare`:
    /// the frame loop calls an event per instance per frame, and `rare` is an allocation.
    pub event: Option<EventCtx>,
    /// What only some frames have (argument copies, `new`): `None` for plain calls, so
    /// pushing and popping a frame touches fewer words and `Return` checks one.
    pub rare: Option<Box<FrameRare>>,
}

/// `Frame::flags`: `Return` takes its slow path (`return_slow`). Set when the frame started a
/// `with` or a `try`, keeps the REPL's locals, has `rare` parts, or is the frame a run of the
/// dispatch loop started with (whose return ends the run).
pub(crate) const FRAME_SLOW: u8 = 1;
/// `Frame::flags`: the frame owns a reference (its function, self or other) that popping it
/// drops.
pub(crate) const FRAME_OWNS: u8 = 2;

/// The rare parts of a `Frame`.
#[derive(Default)]
pub(crate) struct FrameRare {
    /// Every argument passed, kept only when the function reads `argument[i]`/`argument_count`.
    pub args: Vec<Value>,
    /// `new`: the frame returns its self instead of its return value.
    pub construct: bool,
}

impl Frame {
    /// The argument copies (empty unless the function reads `argument[i]`).
    pub fn args(&self) -> &[Value] {
        self.rare.as_ref().map_or(&[], |r| &r.args)
    }
    pub fn args_mut(&mut self) -> &mut [Value] {
        self.rare.as_mut().map_or(&mut [], |r| &mut r.args)
    }
    pub fn event(&self) -> Option<EventCtx> {
        self.event
    }
    pub fn construct(&self) -> bool {
        self.rare.as_ref().is_some_and(|r| r.construct)
    }
    pub fn set_construct(&mut self, construct: bool) {
        if construct || self.rare.is_some() {
            self.flags |= FRAME_SLOW;
            self.rare.get_or_insert_with(Default::default).construct = construct;
        }
    }
}

pub(crate) struct WithState {
    pub targets: Vec<StructRef>,
    pub pos: usize,
    pub saved_self: ScopeRef,
    pub saved_other: ScopeRef,
}

pub(crate) struct Handler {
    pub frame: usize,
    pub catch_ip: usize,
    pub stack_len: usize,
    pub with_len: usize,
}

pub struct Vm {
    /// Where `show_debug_message` writes (stdout, or a buffer in tests).
    pub out: Box<dyn Write>,
    /// Tolerance of `==`, `<` etc. on reals (`math_set_epsilon`).
    pub epsilon: f64,
    pub global: StructRef,
    pub scripts: Vec<Option<Rc<FunctionObj>>>,
    /// Script functions replaced while code was running: frames may borrow them (`FuncRef`).
    retired_scripts: Vec<Rc<FunctionObj>>,
    pub script_names: HashMap<Sym, u32>,
    script_values: Vec<Value>,
    pub world: World,
    /// `async_load`: -1 outside async events.
    pub async_load: f64,
    /// The REPL's top-level `var`s between inputs (a root for the cycle collector).
    pub repl_locals: Vec<Value>,
    /// `gc_collect()` asked for a collection at the next frame boundary.
    pub gc_requested: bool,
    /// REPL `:async on`: print every async_load as it is dispatched.
    pub print_async: bool,
    pub ds: crate::builtins::ds::DsStore,
    pub buffers: crate::builtins::buffers::BufferStore,
    /// Sprites, sounds, rooms... by name and index (runtime/assets.rs).
    pub assets: crate::runtime::assets::Assets,
    /// What headless screen/audio/input calls remember, and `--strict`.
    pub headless: crate::builtins::headless::HeadlessState,
    pub files: crate::builtins::files::FileStore,
    pub rng: crate::builtins::maths::Rng,
    pub async_io: crate::runtime::async_io::AsyncIo,
    /// Completions and `event_perform_async` calls waiting for the next async phase.
    pub async_queue: crate::runtime::async_dispatch::AsyncQueue,
    pub game: crate::runtime::game::GameState,
    /// `gml_pragma("global", ...)` code compiled but not yet run: it runs before the next
    /// top-level code.
    pub(crate) global_inits: Vec<Rc<Proto>>,
    /// `matrix_get`/`matrix_set` matrices and the matrix stack.
    pub matrices: crate::builtins::matrix::MatrixState,
    /// `time_source_*` and `call_later` timers, run by the frame loop.
    pub time_sources: crate::runtime::time_sources::TimeSources,
    /// A project's rooms (none for a single file).
    pub rooms: crate::runtime::rooms::Rooms,
    /// `ref_create` references, the unhandled-exception handler and the debug overlay.
    pub debug: crate::builtins::debugging::DebugState,
    pub(crate) natives: &'static [&'static Builtin],
    pub(crate) stack: Vec<Value>,
    pub(crate) frames: Vec<Frame>,
    pub(crate) withs: Vec<WithState>,
    pub(crate) handlers: Vec<Handler>,
    fn_cache: HashMap<*const Proto, Rc<FunctionObj>>,
    /// Set from another thread (Ctrl-C, --timeout) to stop the running code.
    pub interrupt: std::sync::Arc<std::sync::atomic::AtomicBool>,
    /// How many dispatch loops are nested (GML called from natives).
    pub(crate) native_depth: usize,
    /// The builtin being called, for argument error messages.
    pub(crate) current_native: &'static str,
    /// REPL: (frame depth, stack base, count) of top-level locals to keep, and the kept values.
    pub(crate) keep_locals: Option<(usize, usize, usize)>,
    pub(crate) kept_locals: Option<Vec<Value>>,
    /// Where the last located error happened: (object name, event report name).
    pub(crate) error_event: Option<(String, String)>,
    /// Source files by code-unit name, for the source line in error reports.
    pub(crate) source_lines: HashMap<String, Rc<bytecode::SourceFile>>,
}

impl Vm {
    pub fn new(out: Box<dyn Write>) -> Vm {
        let mut global = StructObj::new();
        global.kind = StructKind::Global;
        Vm {
            out,
            epsilon: 0.00001,
            global: Rc::new(std::cell::RefCell::new(global)),
            scripts: Vec::new(),
            script_names: HashMap::new(),
            retired_scripts: Vec::new(),
            script_values: Vec::new(),
            world: World::default(),
            async_load: -1.0,
            print_async: false,
            repl_locals: Vec::new(),
            gc_requested: false,
            ds: Default::default(),
            buffers: Default::default(),
            assets: Default::default(),
            headless: Default::default(),
            files: Default::default(),
            rng: Default::default(),
            async_io: Default::default(),
            async_queue: Default::default(),
            game: Default::default(),
            global_inits: Vec::new(),
            matrices: Default::default(),
            time_sources: Default::default(),
            rooms: Default::default(),
            debug: Default::default(),
            natives: &builtins::registry().functions,
            stack: Vec::with_capacity(1024),
            frames: Vec::with_capacity(64),
            withs: Vec::new(),
            handlers: Vec::new(),
            fn_cache: HashMap::new(),
            interrupt: Default::default(),
            native_depth: 0,
            current_native: "",
            keep_locals: None,
            kept_locals: None,
            error_event: None,
            source_lines: HashMap::new(),
        }
    }

    /// Writes one line to the game's output (show_debug_message).
    pub fn print_line(&mut self, s: &str) {
        let _ = writeln!(self.out, "{s}");
    }

    /// Installs a compiled script function at its index (replacing an earlier definition).
    pub fn define_script(&mut self, index: u32, proto: Rc<Proto>) {
        let i = index as usize;
        if self.scripts.len() <= i {
            self.scripts.resize(i + 1, None);
            self.script_values.resize(i + 1, Value::Undefined);
        }
        let name = Sym::intern(&proto.short_name);
        let f = FunctionObj::new(proto);
        self.script_values[i] = Value::Method(Rc::new(Method {
            callee: Callee::Script(f.clone()),
            bound: None,
            kind: MethodKind::ScriptRef,
        }));
        if let Some(old) = self.scripts[i].replace(f) {
            if !self.frames.is_empty() {
                self.retired_scripts.push(old);
            }
        }
        self.script_names.insert(name, index);
    }

    pub fn script_value(&self, i: u32) -> Value {
        self.script_values
            .get(i as usize)
            .cloned()
            .unwrap_or(Value::Undefined)
    }

    pub fn script_by_name(&self, name: &str) -> Option<Rc<FunctionObj>> {
        let i = *self.script_names.get(&Sym::lookup(name)?)?;
        self.scripts.get(i as usize)?.clone()
    }

    pub(crate) fn fn_cache_values(&self) -> Vec<Rc<FunctionObj>> {
        self.fn_cache.values().cloned().collect()
    }

    /// The function object for a function literal (one per literal, so its statics are shared).
    pub(crate) fn function_for(&mut self, proto: &Rc<Proto>) -> Rc<FunctionObj> {
        let key = Rc::as_ptr(proto);
        if let Some(f) = self.fn_cache.get(&key) {
            return f.clone();
        }
        let f = FunctionObj::new(proto.clone());
        self.fn_cache.insert(key, f.clone());
        f
    }

    /// Runs a compiled top-level unit with `self` = global (after any pending pragma code).
    pub fn run_top_level(&mut self, proto: Rc<Proto>) -> Result<Value> {
        self.run_global_inits()?;
        let g = self.global.clone();
        let f = FunctionObj::new(proto);
        self.call_function(&f, g.clone(), g, &[], None)
    }

    /// Runs `gml_pragma("global", ...)` code compiled since the last run, in order, at global
    /// scope.
    pub fn run_global_inits(&mut self) -> Result<()> {
        while !self.global_inits.is_empty() {
            let proto = self.global_inits.remove(0);
            let g = self.global.clone();
            let f = FunctionObj::new(proto);
            self.call_function(&f, g.clone(), g, &[], None)?;
        }
        Ok(())
    }

    /// Runs top-level REPL code whose locals persist in `locals` between inputs.
    pub fn run_with_locals(&mut self, proto: Rc<Proto>, locals: &mut Vec<Value>) -> Result<Value> {
        self.run_global_inits()?;
        let g = self.global.clone();
        let f = FunctionObj::new(proto);
        self.call_with_locals(&f, g, locals)
    }

    /// The `self` of the running code (global at top level).
    pub fn current_self(&self) -> StructRef {
        match self.frames.last() {
            Some(f) => StructRef::clone(&f.self_),
            None => self.global.clone(),
        }
    }

    pub fn current_other(&self) -> StructRef {
        match self.frames.last() {
            Some(f) => StructRef::clone(&f.other),
            None => self.global.clone(),
        }
    }

    pub fn current_event(&self) -> Option<EventCtx> {
        self.frames.iter().rev().find_map(|f| f.event())
    }

    /// Calls a callable value (method, script function, builtin) with `args`; `self` is the
    /// method's bound self, or the current self when unbound.
    pub fn call_value(&mut self, f: &Value, args: &[Value]) -> Result<Value> {
        let s = self.current_self();
        self.call_method_on(f, s, args)
    }

    /// Calls `f` with `self` = `target` unless `f` is bound elsewhere (how `toString` and
    /// struct methods run).
    pub fn call_method_on(
        &mut self,
        f: &Value,
        target: StructRef,
        args: &[Value],
    ) -> Result<Value> {
        let Value::Method(m) = f else {
            return Err(not_callable(f));
        };
        let other = self.current_self();
        let self_ = m.bound.clone().unwrap_or(target);
        match &m.callee {
            Callee::Script(func) => {
                func.check_plain_call()?;
                self.call_function(func, self_, other, args, None)
            }
            // Builtins called through a value get only as many arguments as they take.
            Callee::Native(b) => {
                let n = if b.max_args == crate::builtins::VARIADIC {
                    args.len()
                } else {
                    args.len().min(b.max_args as usize)
                };
                self.call_native(b, &args[..n])
            }
        }
    }

    /// Runs an object event on an instance (`self` = `other` = the instance).
    pub fn run_event(
        &mut self,
        func: &Rc<FunctionObj>,
        inst: StructRef,
        ctx: EventCtx,
    ) -> Result<Value> {
        self.call_function(func, inst.clone(), inst, &[], Some(ctx))
    }

    /// `string(v)`: GameMaker's text for any value (calls `toString` on structs that have one).
    pub fn stringify(&mut self, v: &Value) -> Result<String> {
        let mut s = match v {
            // Room for any number's text at once (growing from empty costs a second call).
            Value::Real(_) | Value::Int32(_) | Value::Int64(_) => String::with_capacity(24),
            _ => String::new(),
        };
        ops::write_value(self, v, &mut s, false)?;
        Ok(s)
    }
}

pub(crate) fn not_callable(v: &Value) -> Error {
    let shown = match v {
        Value::Str(s) => s.to_string(),
        Value::Real(r) => value::real_to_string(*r),
        _ => v.type_name().to_string(),
    };
    Error::msg(format!(
        "unable to call function {shown} typeof={}",
        v.type_name()
    ))
}
