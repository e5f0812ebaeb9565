//! Manual: Debugging. `debug_get_callstack`, `exception_unhandled_handler`, `debug_event`, and
//! `ref_create` (listed under Variable Functions, but its references exist only for the debug
//! overlay, whose headless controls are in `headless/debug_overlay.rs`).

use super::args::*;
use super::{Builtin, Constant};
use crate::vm::error::{Error, Result};
use crate::vm::intern::Sym;
use crate::vm::value::{RefKind, StructObj, Value};
use crate::vm::Vm;
use hashbrown::HashMap;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("ref_create", 2, 3, ref_create),
    Builtin::new("debug_get_callstack", 0, 1, debug_get_callstack),
    Builtin::new(
        "exception_unhandled_handler",
        1,
        1,
        exception_unhandled_handler,
    ),
    Builtin::new("debug_event", 1, 2, debug_event),
];

pub const CONSTANTS: &[Constant] = &[];

/// What `ref_create` made: the variable `key` (a name, a hash or array index, or another
/// reference holding one) of `container`, and optionally an index into the array it holds.
pub struct DbgRef {
    pub container: Value,
    pub key: Value,
    pub index: Option<Value>,
}

/// The state of the Debugging functions and of the (headless) debug overlay.
pub struct DebugState {
    /// `ref_create` results; `ref dbgref N` is `refs[N]`. GameMaker keeps them for the overlay,
    /// so they live as long as the game.
    pub refs: Vec<DbgRef>,
    /// `exception_unhandled_handler`'s method, or undefined.
    pub unhandled_handler: Value,
    /// `show_debug_overlay` / `show_debug_log`: whether the overlay would be open.
    pub overlay_open: bool,
    /// `show_debug_overlay`'s gamepad index (`dbg_get_gamepad_input`).
    pub overlay_gamepad: f64,
    /// Debug views, sections (with their view) and controls (with their section) by handle.
    pub views: HashMap<i64, ()>,
    pub sections: HashMap<i64, i64>,
    pub controls: HashMap<i64, i64>,
    pub current_view: Option<i64>,
    pub current_section: Option<i64>,
    pub next_handle: i64,
}

impl Default for DebugState {
    fn default() -> Self {
        DebugState {
            refs: Vec::new(),
            unhandled_handler: Value::Undefined,
            overlay_open: false,
            overlay_gamepad: -1.0,
            views: HashMap::new(),
            sections: HashMap::new(),
            controls: HashMap::new(),
            current_view: None,
            current_section: None,
            // Handles are pointers: 0 is `pointer_null`.
            next_handle: 1,
        }
    }
}

impl DebugState {
    /// Every value the state keeps alive (roots for the cycle collector).
    pub fn for_each_value(&self, mut f: impl FnMut(&Value)) {
        for r in &self.refs {
            f(&r.container);
            f(&r.key);
            if let Some(i) = &r.index {
                f(i);
            }
        }
        f(&self.unhandled_handler);
    }
}

/// A `ref_create` reference.
pub fn is_dbgref(v: &Value) -> bool {
    matches!(v, Value::Ref(RefKind::DbgRef, _))
}

/// `ref_create(struct_or_ref, name_or_ref [, index])`.
fn ref_create(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let container = arg(args, 0);
    let valid_container = matches!(
        container,
        Value::Struct(_) | Value::Ref(RefKind::Instance, _)
    ) || is_dbgref(container);
    if !valid_container {
        return Err(Error::bad_arg(
            0,
            "Struct, Instance or Reference",
            container,
        ));
    }
    let key = arg(args, 1);
    let valid_key = matches!(key, Value::Str(_)) || key.as_f64().is_some() || is_dbgref(key);
    if !valid_key {
        return Err(Error::bad_arg(1, "String, Number or Reference", key));
    }
    let index = match args.get(2) {
        None | Some(Value::Undefined) => None,
        Some(v) if v.as_f64().is_some() || is_dbgref(v) => Some(v.clone()),
        Some(v) => return Err(Error::bad_arg(2, "Number", v)),
    };
    let n = vm.debug.refs.len() as i64;
    vm.debug.refs.push(DbgRef {
        container: container.clone(),
        key: key.clone(),
        index,
    });
    Ok(Value::Ref(RefKind::DbgRef, n))
}

/// The GML call stack, innermost first, as `name:line`, ending with 0 as the manual says.
fn debug_get_callstack(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let max = match args.first() {
        None | Some(Value::Undefined) => usize::MAX,
        Some(_) => int(args, 0)?.max(0) as usize,
    };
    let mut out: Vec<Value> = vm
        .frames
        .iter()
        .rev()
        .take(max)
        .map(|f| {
            let line = f.func.proto.line_at(f.ip.saturating_sub(1));
            Value::string(format!("{}:{line}", f.func.proto.name))
        })
        .collect();
    out.push(Value::Real(0.0));
    Ok(Value::new_array(out))
}

/// Sets the method run on an uncaught error (see `run_unhandled_handler`); returns the old one.
fn exception_unhandled_handler(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let h = arg(args, 0);
    if !matches!(h, Value::Method(_) | Value::Undefined) {
        return Err(Error::bad_arg(0, "Method", h));
    }
    Ok(std::mem::replace(
        &mut vm.debug.unhandled_handler,
        h.clone(),
    ))
}

/// What happened to an uncaught error after `run_unhandled_handler`.
pub enum Unhandled {
    /// The user's handler ran; exit with this status.
    Handled(i32),
    /// No handler (or it failed): report this error the default way.
    Report(Error),
}

/// Runs the `exception_unhandled_handler` method, if any, with the exception struct of `e`.
/// A number it returns is the exit status (as the manual says); otherwise the status is
/// `default_status`, since the game did end on an error. An error inside the handler is what
/// gets reported.
pub fn run_unhandled_handler(vm: &mut Vm, e: Error, default_status: i32) -> Unhandled {
    let handler = std::mem::take(&mut vm.debug.unhandled_handler);
    if !matches!(handler, Value::Method(_)) || matches!(e, Error::Interrupted) {
        return Unhandled::Report(e);
    }
    let ex = vm.error_value(e);
    match vm.call_value(&handler, &[ex]) {
        Ok(v) => match v.as_f64() {
            Some(n) if n.is_finite() => Unhandled::Handled(n as i32),
            _ => Unhandled::Handled(default_status),
        },
        Err(e) => Unhandled::Report(e),
    }
}

/// `debug_event(string [, silent])`: custom strings mark the debugger's graph (nothing here);
/// "ResourceCounts" and "DumpMemory" return (and unless silent, print) a struct of figures.
fn debug_event(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let what = string(args, 0)?.to_string();
    let silent = args.len() > 1 && boolean(args, 1)?;
    let figures = match what.as_str() {
        "ResourceCounts" => resource_counts(vm),
        "DumpMemory" => memory_figures(),
        _ => return Ok(Value::Undefined),
    };
    let mut s = StructObj::new();
    for (k, v) in &figures {
        s.set(Sym::intern(k), Value::Real(*v));
    }
    let v = Value::new_struct(s);
    if !silent {
        let text = vm.stringify(&v)?;
        vm.print_line(&text);
    }
    Ok(v)
}

/// `<name>Count`, `<name>MaxIndex` and `<name>ArrayAllocatedSize` of one resource kind.
fn push_usage(out: &mut Vec<(String, f64)>, name: &str, (live, max, size): (usize, i64, usize)) {
    out.push((format!("{name}Count"), live as f64));
    out.push((format!("{name}MaxIndex"), max as f64));
    out.push((format!("{name}ArrayAllocatedSize"), size as f64));
}

fn resource_counts(vm: &Vm) -> Vec<(String, f64)> {
    // Headless: no motion-planning grids or particles are ever made.
    const NONE: (usize, i64, usize) = (0, -1, 0);
    let mut out = Vec::new();
    push_usage(&mut out, "list", vm.ds.lists.usage());
    push_usage(&mut out, "map", vm.ds.maps.usage());
    push_usage(&mut out, "queue", vm.ds.queues.usage());
    push_usage(&mut out, "grid", vm.ds.grids.usage());
    push_usage(&mut out, "priority", vm.ds.priorities.usage());
    push_usage(&mut out, "stack", vm.ds.stacks.usage());
    push_usage(&mut out, "mpGrid", NONE);
    push_usage(&mut out, "buffer", vm.buffers.usage());
    out.push((
        "surfaceCount".into(),
        vm.headless.surfaces.len().saturating_sub(1) as f64,
    ));
    push_usage(&mut out, "audioEmitter", vm.headless.audio.emitter_usage());
    push_usage(&mut out, "partSystem", NONE);
    out.push(("partEmitterCount".into(), 0.0));
    push_usage(&mut out, "partType", NONE);
    out.push(("timeSourceCount".into(), vm.time_sources.count() as f64));
    for (name, kind) in [
        ("sprite", RefKind::Sprite),
        ("path", RefKind::Path),
        ("font", RefKind::Font),
        ("room", RefKind::Room),
        ("timeline", RefKind::Timeline),
    ] {
        out.push((format!("{name}Count"), vm.assets.count(kind) as f64));
    }
    push_usage(&mut out, "vertexBuffer", vm.headless.vertex.buffer_usage());
    out
}

/// Bytes in use (the counting allocator), unused bytes under `--max-memory`, and the peak
/// resident size the OS reports (the allocator keeps no peak; falls back to the current use).
fn memory_figures() -> Vec<(String, f64)> {
    let used = crate::vm::memory::live_bytes();
    let free = crate::vm::memory::limit().saturating_sub(used);
    let peak = peak_resident_bytes().unwrap_or(used).max(used);
    vec![
        ("totalUsed".into(), used as f64),
        ("free".into(), free as f64),
        ("peakUsage".into(), peak as f64),
    ]
}

fn peak_resident_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}
