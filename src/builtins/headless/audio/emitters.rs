//! Manual: Audio > Audio Emitters, Audio Buses, Audio Listeners. Nothing is heard, but what code
//! sets reads back: an emitter keeps its position, velocity, gain, pitch, falloff, listener mask
//! and bus; buses are structs (`bypass`, `gain`, eight `effects` slots) that know their emitters;
//! the one listener keeps its position, velocity, orientation and gain.

use super::super::check;
use crate::builtins::args::*;
use crate::builtins::Builtin;
use crate::vm::error::{Error, Result};
use crate::vm::intern::Sym;
use crate::vm::value::{StructObj, StructRef, Value};
use crate::vm::Vm;
use std::rc::{Rc, Weak};

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("audio_emitter_create", 0, 0, audio_emitter_create),
    Builtin::new("audio_emitter_free", 1, 1, audio_emitter_free),
    Builtin::new("audio_emitter_exists", 1, 1, audio_emitter_exists),
    Builtin::new("audio_emitter_position", 4, 4, audio_emitter_position),
    Builtin::new("audio_emitter_velocity", 4, 4, audio_emitter_velocity),
    Builtin::new("audio_emitter_gain", 2, 2, audio_emitter_gain),
    Builtin::new("audio_emitter_pitch", 2, 2, audio_emitter_pitch),
    Builtin::new("audio_emitter_falloff", 4, 4, audio_emitter_falloff),
    Builtin::new("audio_emitter_get_x", 1, 1, audio_emitter_get_x),
    Builtin::new("audio_emitter_get_y", 1, 1, audio_emitter_get_y),
    Builtin::new("audio_emitter_get_z", 1, 1, audio_emitter_get_z),
    Builtin::new("audio_emitter_get_vx", 1, 1, audio_emitter_get_vx),
    Builtin::new("audio_emitter_get_vy", 1, 1, audio_emitter_get_vy),
    Builtin::new("audio_emitter_get_vz", 1, 1, audio_emitter_get_vz),
    Builtin::new("audio_emitter_get_gain", 1, 1, audio_emitter_get_gain),
    Builtin::new("audio_emitter_get_pitch", 1, 1, audio_emitter_get_pitch),
    Builtin::new(
        "audio_emitter_set_listener_mask",
        2,
        2,
        audio_emitter_set_listener_mask,
    ),
    Builtin::new(
        "audio_emitter_get_listener_mask",
        1,
        1,
        audio_emitter_get_listener_mask,
    ),
    Builtin::new("audio_emitter_bus", 2, 2, audio_emitter_bus),
    Builtin::new("audio_emitter_get_bus", 1, 1, audio_emitter_get_bus),
    Builtin::new("audio_bus_create", 0, 0, audio_bus_create),
    Builtin::new("audio_bus_get_emitters", 1, 1, audio_bus_get_emitters),
    Builtin::new("audio_bus_clear_emitters", 1, 1, audio_bus_clear_emitters),
    Builtin::new("audio_listener_position", 3, 3, audio_listener_position),
    Builtin::new("audio_listener_velocity", 3, 3, audio_listener_velocity),
    Builtin::new(
        "audio_listener_orientation",
        6,
        6,
        audio_listener_orientation,
    ),
    Builtin::new(
        "audio_listener_set_position",
        4,
        4,
        audio_listener_set_position,
    ),
    Builtin::new(
        "audio_listener_set_velocity",
        4,
        4,
        audio_listener_set_velocity,
    ),
    Builtin::new(
        "audio_listener_set_orientation",
        7,
        7,
        audio_listener_set_orientation,
    ),
    Builtin::new("audio_listener_get_data", 1, 1, audio_listener_get_data),
    Builtin::new("audio_get_listener_count", 0, 0, audio_get_listener_count),
    Builtin::new("audio_get_listener_info", 1, 1, audio_get_listener_info),
    Builtin::new("audio_set_listener_mask", 1, 1, audio_set_listener_mask),
    Builtin::new("audio_get_listener_mask", 0, 0, audio_get_listener_mask),
    Builtin::new("audio_master_gain", 1, 1, audio_master_gain),
    Builtin::new("audio_set_master_gain", 2, 2, audio_set_master_gain),
    Builtin::new("audio_get_master_gain", 1, 1, audio_get_master_gain),
];

/// One audio emitter. Freed emitters stay in their slot, inactive, for the next create to reuse
/// (GameMaker hands out the lowest free index).
#[derive(Clone)]
pub struct Emitter {
    active: bool,
    pos: [f64; 3],
    vel: [f64; 3],
    gain: f64,
    pitch: f64,
    listener_mask: f64,
    /// The linked bus; `None` is the main bus.
    bus: Option<StructRef>,
}

impl Emitter {
    fn new() -> Emitter {
        Emitter {
            active: true,
            pos: [0.0; 3],
            vel: [0.0; 3],
            gain: 1.0,
            pitch: 1.0,
            listener_mask: 1.0,
            bus: None,
        }
    }
}

/// The one listener (index 0).
pub struct Listener {
    pos: [f64; 3],
    vel: [f64; 3],
    /// look-at x, y, z then up x, y, z
    orientation: [f64; 6],
    gain: f64,
}

impl Default for Listener {
    fn default() -> Self {
        Listener {
            pos: [0.0; 3],
            vel: [0.0; 3],
            orientation: [0.0, 0.0, 1.0, 0.0, 1.0, 0.0],
            gain: 1.0,
        }
    }
}

/// Emitters, buses and the listener.
pub struct Space {
    emitters: Vec<Emitter>,
    main_bus: Option<StructRef>,
    /// Every bus `audio_bus_create` made, to recognise them as buses.
    buses: Vec<Weak<std::cell::RefCell<StructObj>>>,
    listener: Listener,
    listener_mask: f64,
}

impl Space {
    /// Live emitters, the highest live index (-1: none) and the slots allocated (`debug_event`).
    pub fn emitter_usage(&self) -> (usize, i64, usize) {
        let live = self.emitters.iter().filter(|e| e.active).count();
        let max = self.emitters.iter().rposition(|e| e.active);
        (live, max.map_or(-1, |i| i as i64), self.emitters.len())
    }
}

impl Default for Space {
    fn default() -> Self {
        Space {
            emitters: Vec::new(),
            main_bus: None,
            buses: Vec::new(),
            listener: Listener::default(),
            listener_mask: 1.0,
        }
    }
}

impl Space {
    /// `audio_bus_main`: made on first use, the same struct ever after.
    pub fn main_bus(&mut self) -> StructRef {
        self.main_bus.get_or_insert_with(new_bus).clone()
    }

    /// The structs the garbage collector must not think unreachable.
    pub fn for_each_value(&self, mut f: impl FnMut(&Value)) {
        if let Some(b) = &self.main_bus {
            f(&Value::Struct(b.clone()));
        }
        for e in &self.emitters {
            if let Some(b) = &e.bus {
                f(&Value::Struct(b.clone()));
            }
        }
    }

    pub fn emitter_exists(&self, id: i64) -> bool {
        usize::try_from(id)
            .ok()
            .and_then(|i| self.emitters.get(i))
            .is_some_and(|e| e.active)
    }

    fn is_bus(&self, s: &StructRef) -> bool {
        self.main_bus.as_ref().is_some_and(|m| Rc::ptr_eq(m, s))
            || self
                .buses
                .iter()
                .any(|w| w.upgrade().is_some_and(|b| Rc::ptr_eq(&b, s)))
    }
}

fn new_bus() -> StructRef {
    let mut o = StructObj::new();
    o.set(Sym::intern("bypass"), Value::Bool(false));
    o.set(Sym::intern("gain"), Value::Real(1.0));
    o.set(
        Sym::intern("effects"),
        Value::new_array(vec![Value::Undefined; 8]),
    );
    StructObj::into_ref(o)
}

fn space(vm: &mut Vm) -> &mut Space {
    &mut vm.headless.audio.space
}

/// The live emitter named by argument 0, or an error naming the function.
fn emitter<'a>(vm: &'a mut Vm, name: &str, args: &[Value]) -> Result<&'a mut Emitter> {
    check(vm, name)?;
    let id = int(args, 0)?;
    match usize::try_from(id)
        .ok()
        .and_then(|i| space(vm).emitters.get_mut(i))
    {
        Some(e) if e.active => Ok(e),
        _ => Err(Error::msg(format!(
            "{name}: audio emitter {id} does not exist"
        ))),
    }
}

fn audio_emitter_create(vm: &mut Vm, _: &[Value]) -> Result<Value> {
    check(vm, "audio_emitter_create")?;
    let s = space(vm);
    let id = match s.emitters.iter().position(|e| !e.active) {
        Some(i) => {
            s.emitters[i] = Emitter::new();
            i
        }
        None => {
            s.emitters.push(Emitter::new());
            s.emitters.len() - 1
        }
    };
    Ok(Value::Real(id as f64))
}

fn audio_emitter_free(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let e = emitter(vm, "audio_emitter_free", args)?;
    e.active = false;
    e.bus = None;
    Ok(Value::Undefined)
}

fn audio_emitter_exists(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "audio_emitter_exists")?;
    let live = arg(args, 0)
        .as_f64()
        .filter(|n| *n >= 0.0)
        .and_then(|n| space(vm).emitters.get(n as usize))
        .is_some_and(|e| e.active);
    Ok(Value::Bool(live))
}

fn three(args: &[Value], from: usize) -> Result<[f64; 3]> {
    Ok([
        real(args, from)?,
        real(args, from + 1)?,
        real(args, from + 2)?,
    ])
}

fn audio_emitter_position(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let p = three(args, 1)?;
    emitter(vm, "audio_emitter_position", args)?.pos = p;
    Ok(Value::Undefined)
}

fn audio_emitter_velocity(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let v = three(args, 1)?;
    emitter(vm, "audio_emitter_velocity", args)?.vel = v;
    Ok(Value::Undefined)
}

fn audio_emitter_gain(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let g = real(args, 1)?.max(0.0);
    emitter(vm, "audio_emitter_gain", args)?.gain = g;
    Ok(Value::Undefined)
}

fn audio_emitter_pitch(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let p = real(args, 1)?;
    emitter(vm, "audio_emitter_pitch", args)?.pitch = p;
    Ok(Value::Undefined)
}

/// The falloff only changes what would be heard; the emitter and numbers are still checked.
fn audio_emitter_falloff(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    three(args, 1)?;
    emitter(vm, "audio_emitter_falloff", args)?;
    Ok(Value::Undefined)
}

macro_rules! emitter_getters {
    ($($name:ident => |$e:ident| $get:expr;)*) => {$(
        fn $name(vm: &mut Vm, args: &[Value]) -> Result<Value> {
            let $e = emitter(vm, stringify!($name), args)?;
            Ok(Value::Real($get))
        }
    )*};
}

emitter_getters! {
    audio_emitter_get_x => |e| e.pos[0];
    audio_emitter_get_y => |e| e.pos[1];
    audio_emitter_get_z => |e| e.pos[2];
    audio_emitter_get_vx => |e| e.vel[0];
    audio_emitter_get_vy => |e| e.vel[1];
    audio_emitter_get_vz => |e| e.vel[2];
    audio_emitter_get_gain => |e| e.gain;
    audio_emitter_get_pitch => |e| e.pitch;
    audio_emitter_get_listener_mask => |e| e.listener_mask;
}

fn audio_emitter_set_listener_mask(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let m = int(args, 1)? as f64;
    emitter(vm, "audio_emitter_set_listener_mask", args)?.listener_mask = m;
    Ok(Value::Undefined)
}

/// A bus argument: a struct that `audio_bus_create` made, or `audio_bus_main`.
fn bus_arg(vm: &mut Vm, name: &str, args: &[Value], i: usize) -> Result<StructRef> {
    let v = arg(args, i);
    match v {
        Value::Struct(s) if space(vm).is_bus(s) || is_main(vm, s) => Ok(s.clone()),
        _ => Err(Error::msg(format!(
            "{name}: argument {} should be an audio bus (audio_bus_main or one from audio_bus_create), got {}",
            i + 1,
            v.type_name()
        ))),
    }
}

fn is_main(vm: &mut Vm, s: &StructRef) -> bool {
    Rc::ptr_eq(&space(vm).main_bus(), s)
}

fn audio_emitter_bus(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let bus = bus_arg(vm, "audio_emitter_bus", args, 1)?;
    let main = is_main(vm, &bus);
    emitter(vm, "audio_emitter_bus", args)?.bus = (!main).then_some(bus);
    Ok(Value::Undefined)
}

fn audio_emitter_get_bus(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let bus = emitter(vm, "audio_emitter_get_bus", args)?.bus.clone();
    Ok(Value::Struct(bus.unwrap_or_else(|| space(vm).main_bus())))
}

fn audio_bus_create(vm: &mut Vm, _: &[Value]) -> Result<Value> {
    check(vm, "audio_bus_create")?;
    let b = new_bus();
    let s = space(vm);
    s.buses.retain(|w| w.strong_count() > 0);
    s.buses.push(Rc::downgrade(&b));
    Ok(Value::Struct(b))
}

/// Whether emitter `e` is linked to `bus` (`None` on either side is the main bus).
fn linked(e: &Emitter, bus: Option<&StructRef>) -> bool {
    match (&e.bus, bus) {
        (None, None) => true,
        (Some(a), Some(b)) => Rc::ptr_eq(a, b),
        _ => false,
    }
}

/// The bus as an emitter stores it: `None` for the main bus.
fn bus_key(vm: &mut Vm, name: &str, args: &[Value]) -> Result<Option<StructRef>> {
    check(vm, name)?;
    let bus = bus_arg(vm, name, args, 0)?;
    Ok((!is_main(vm, &bus)).then_some(bus))
}

fn audio_bus_get_emitters(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let bus = bus_key(vm, "audio_bus_get_emitters", args)?;
    let ids = space(vm)
        .emitters
        .iter()
        .enumerate()
        .filter(|(_, e)| e.active && linked(e, bus.as_ref()))
        .map(|(i, _)| Value::Real(i as f64))
        .collect();
    Ok(Value::new_array(ids))
}

/// Relinks the bus's emitters to the main bus.
fn audio_bus_clear_emitters(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let bus = bus_key(vm, "audio_bus_clear_emitters", args)?;
    if bus.is_some() {
        for e in space(vm).emitters.iter_mut() {
            if linked(e, bus.as_ref()) {
                e.bus = None;
            }
        }
    }
    Ok(Value::Undefined)
}

// ---- the listener ---------------------------------------------------------------------------

/// Listener functions that take an index act on listener 0 only, as GameMaker's one listener.
fn listener_index(vm: &mut Vm, name: &str, args: &[Value]) -> Result<bool> {
    check(vm, name)?;
    Ok(int(args, 0)? == 0)
}

fn audio_listener_position(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "audio_listener_position")?;
    space(vm).listener.pos = three(args, 0)?;
    Ok(Value::Undefined)
}

fn audio_listener_velocity(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "audio_listener_velocity")?;
    space(vm).listener.vel = three(args, 0)?;
    Ok(Value::Undefined)
}

fn six(args: &[Value], from: usize) -> Result<[f64; 6]> {
    let (a, b) = (three(args, from)?, three(args, from + 3)?);
    Ok([a[0], a[1], a[2], b[0], b[1], b[2]])
}

fn audio_listener_orientation(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "audio_listener_orientation")?;
    space(vm).listener.orientation = six(args, 0)?;
    Ok(Value::Undefined)
}

fn audio_listener_set_position(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let p = three(args, 1)?;
    if listener_index(vm, "audio_listener_set_position", args)? {
        space(vm).listener.pos = p;
    }
    Ok(Value::Undefined)
}

fn audio_listener_set_velocity(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let v = three(args, 1)?;
    if listener_index(vm, "audio_listener_set_velocity", args)? {
        space(vm).listener.vel = v;
    }
    Ok(Value::Undefined)
}

fn audio_listener_set_orientation(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let o = six(args, 1)?;
    if listener_index(vm, "audio_listener_set_orientation", args)? {
        space(vm).listener.orientation = o;
    }
    Ok(Value::Undefined)
}

/// A new ds_map holding `entries`.
fn map_of(vm: &mut Vm, entries: &[(&str, Value)]) -> Value {
    let map = vm.ds.map_create();
    for (k, v) in entries {
        vm.ds.map_set(map, Value::str(k), v.clone());
    }
    Value::Real(map as f64)
}

/// A ds_map of the listener's position, velocity and orientation; -1 for any other index.
fn audio_listener_get_data(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    if !listener_index(vm, "audio_listener_get_data", args)? {
        return Ok(Value::Real(-1.0));
    }
    let l = &space(vm).listener;
    let (p, v, o) = (l.pos, l.vel, l.orientation);
    let keys = [
        "x", "y", "z", "vx", "vy", "vz", "lookat_x", "lookat_y", "lookat_z", "up_x", "up_y", "up_z",
    ];
    let nums = p.iter().chain(&v).chain(&o);
    let entries: Vec<(&str, Value)> = keys
        .iter()
        .zip(nums)
        .map(|(k, n)| (*k, Value::Real(*n)))
        .collect();
    Ok(map_of(vm, &entries))
}

fn audio_get_listener_count(vm: &mut Vm, _: &[Value]) -> Result<Value> {
    check(vm, "audio_get_listener_count")?;
    Ok(Value::Real(1.0))
}

/// A ds_map with the listener's `name`, `mask` and `index`; -1 for an index with no listener.
fn audio_get_listener_info(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    if !listener_index(vm, "audio_get_listener_info", args)? {
        return Ok(Value::Real(-1.0));
    }
    Ok(map_of(
        vm,
        &[
            ("name", Value::str("default")),
            ("mask", Value::Real(1.0)),
            ("index", Value::Real(0.0)),
        ],
    ))
}

fn audio_set_listener_mask(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "audio_set_listener_mask")?;
    space(vm).listener_mask = int(args, 0)? as f64;
    Ok(Value::Undefined)
}

fn audio_get_listener_mask(vm: &mut Vm, _: &[Value]) -> Result<Value> {
    check(vm, "audio_get_listener_mask")?;
    Ok(Value::Real(space(vm).listener_mask))
}

fn audio_master_gain(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "audio_master_gain")?;
    space(vm).listener.gain = real(args, 0)?.max(0.0);
    Ok(Value::Undefined)
}

fn audio_set_master_gain(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let g = real(args, 1)?.max(0.0);
    if listener_index(vm, "audio_set_master_gain", args)? {
        space(vm).listener.gain = g;
    }
    Ok(Value::Undefined)
}

/// The listener's gain; 0 for an index with no listener.
fn audio_get_master_gain(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let g = if listener_index(vm, "audio_get_master_gain", args)? {
        space(vm).listener.gain
    } else {
        0.0
    };
    Ok(Value::Real(g))
}
