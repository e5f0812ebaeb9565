//! Manual: Drawing > Particles (`part_system_*`, `part_type_*`, `part_emitter_*`). Nothing is
//! simulated or drawn, so `part_particles_count` is 0, but systems, types and emitters are real
//! ids: each create gives a new one, `*_exists` answers for it until it is destroyed, and a
//! system remembers its layer. Settings on an unknown id are ignored, as GameMaker's
//! HTML5 runner does.

use super::{check, nothing};
use crate::builtins::args::*;
use crate::builtins::{Builtin, ConstValue, Constant};
use crate::vm::error::Result;
use crate::vm::value::Value;
use crate::vm::Vm;
use hashbrown::{HashMap, HashSet};

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("part_system_create", 0, 1, part_system_create),
    Builtin::new("part_system_create_layer", 2, 3, part_system_create_layer),
    Builtin::new("part_system_destroy", 1, 1, part_system_destroy),
    Builtin::new("part_system_exists", 1, 1, part_system_exists),
    Builtin::new("part_system_layer", 2, 2, part_system_layer),
    Builtin::new("part_system_get_layer", 1, 1, part_system_get_layer),
    Builtin::new("part_system_depth", 2, 2, part_system_depth),
    Builtin::new("part_type_create", 0, 0, part_type_create),
    Builtin::new("part_type_destroy", 1, 1, part_type_destroy),
    Builtin::new("part_type_exists", 1, 1, part_type_exists),
    Builtin::new("part_emitter_create", 1, 1, part_emitter_create),
    Builtin::new("part_emitter_destroy", 2, 2, part_emitter_destroy),
    Builtin::new("part_emitter_destroy_all", 1, 1, part_emitter_destroy_all),
    Builtin::new("part_emitter_exists", 2, 2, part_emitter_exists),
];

/// Settings and one-off effects: nothing to simulate, so nothing to do.
pub const NOTHING: &[Builtin] = nothing! {
    "part_system_clear", 1, 1 => Undefined;
    "part_system_draw_order", 2, 2 => Undefined;
    "part_system_position", 3, 3 => Undefined;
    "part_system_angle", 2, 2 => Undefined;
    "part_system_colour", 3, 3 => Undefined;
    "part_system_color", 3, 3 => Undefined;
    "part_system_automatic_update", 2, 2 => Undefined;
    "part_system_automatic_draw", 2, 2 => Undefined;
    "part_system_update", 1, 1 => Undefined;
    "part_system_drawit", 1, 1 => Undefined;
    "part_system_global_space", 2, 2 => Undefined;
    "part_particles_create", 5, 5 => Undefined;
    "part_particles_create_colour", 6, 6 => Undefined;
    "part_particles_create_color", 6, 6 => Undefined;
    "part_particles_burst", 4, 4 => Undefined;
    "part_particles_clear", 1, 1 => Undefined;
    "part_particles_count", 1, 1 => Real(0.0);
    "part_type_clear", 1, 1 => Undefined;
    "part_type_shape", 2, 2 => Undefined;
    "part_type_sprite", 5, 5 => Undefined;
    "part_type_subimage", 2, 2 => Undefined;
    "part_type_size", 5, 5 => Undefined;
    "part_type_size_x", 5, 5 => Undefined;
    "part_type_size_y", 5, 5 => Undefined;
    "part_type_scale", 3, 3 => Undefined;
    "part_type_life", 3, 3 => Undefined;
    "part_type_step", 3, 3 => Undefined;
    "part_type_death", 3, 3 => Undefined;
    "part_type_speed", 5, 5 => Undefined;
    "part_type_direction", 5, 5 => Undefined;
    "part_type_orientation", 6, 6 => Undefined;
    "part_type_gravity", 3, 3 => Undefined;
    "part_type_colour_mix", 3, 3 => Undefined;
    "part_type_color_mix", 3, 3 => Undefined;
    "part_type_colour_rgb", 7, 7 => Undefined;
    "part_type_color_rgb", 7, 7 => Undefined;
    "part_type_colour_hsv", 7, 7 => Undefined;
    "part_type_color_hsv", 7, 7 => Undefined;
    "part_type_colour1", 2, 2 => Undefined;
    "part_type_color1", 2, 2 => Undefined;
    "part_type_colour2", 3, 3 => Undefined;
    "part_type_color2", 3, 3 => Undefined;
    "part_type_colour3", 4, 4 => Undefined;
    "part_type_color3", 4, 4 => Undefined;
    "part_type_alpha1", 2, 2 => Undefined;
    "part_type_alpha2", 3, 3 => Undefined;
    "part_type_alpha3", 4, 4 => Undefined;
    "part_type_blend", 2, 2 => Undefined;
    "part_emitter_clear", 2, 2 => Undefined;
    "part_emitter_region", 8, 8 => Undefined;
    "part_emitter_burst", 4, 4 => Undefined;
    "part_emitter_stream", 4, 4 => Undefined;
    "part_emitter_interval", 5, 5 => Undefined;
    "part_emitter_delay", 5, 5 => Undefined;
    "part_emitter_relative", 3, 3 => Undefined;
    "part_emitter_enable", 3, 3 => Undefined;
};

pub const CONSTANTS: &[Constant] = &[
    ("pt_shape_pixel", ConstValue::Real(0.0)),
    ("pt_shape_disk", ConstValue::Real(1.0)),
    ("pt_shape_square", ConstValue::Real(2.0)),
    ("pt_shape_line", ConstValue::Real(3.0)),
    ("pt_shape_star", ConstValue::Real(4.0)),
    ("pt_shape_circle", ConstValue::Real(5.0)),
    ("pt_shape_ring", ConstValue::Real(6.0)),
    ("pt_shape_sphere", ConstValue::Real(7.0)),
    ("pt_shape_flare", ConstValue::Real(8.0)),
    ("pt_shape_spark", ConstValue::Real(9.0)),
    ("pt_shape_explosion", ConstValue::Real(10.0)),
    ("pt_shape_cloud", ConstValue::Real(11.0)),
    ("pt_shape_smoke", ConstValue::Real(12.0)),
    ("pt_shape_snow", ConstValue::Real(13.0)),
    ("ps_shape_rectangle", ConstValue::Real(0.0)),
    ("ps_shape_ellipse", ConstValue::Real(1.0)),
    ("ps_shape_diamond", ConstValue::Real(2.0)),
    ("ps_shape_line", ConstValue::Real(3.0)),
    ("ps_distr_linear", ConstValue::Real(0.0)),
    ("ps_distr_gaussian", ConstValue::Real(1.0)),
    ("ps_distr_invgaussian", ConstValue::Real(2.0)),
];

struct System {
    layer: Value,
    /// Live emitter ids; the next one is `next_emitter`.
    emitters: HashSet<i64>,
    next_emitter: i64,
}

/// The particle systems, types and emitters made so far.
#[derive(Default)]
pub struct ParticleState {
    systems: HashMap<i64, System>,
    next_system: i64,
    types: HashSet<i64>,
    next_type: i64,
}

fn id(args: &[Value], i: usize) -> Result<i64> {
    int(args, i)
}

fn new_system(vm: &mut Vm, layer: Value) -> Value {
    let p = &mut vm.headless.particles;
    let id = p.next_system;
    p.next_system += 1;
    p.systems.insert(
        id,
        System {
            layer,
            emitters: HashSet::new(),
            next_emitter: 0,
        },
    );
    Value::Real(id as f64)
}

/// A new system; the optional particle system asset's emitters are not simulated either.
fn part_system_create(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    check(vm, "part_system_create")?;
    Ok(new_system(vm, Value::Real(-1.0)))
}

fn part_system_create_layer(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "part_system_create_layer")?;
    let layer = arg(args, 0).clone();
    let layer = vm
        .rooms
        .layer(&layer)
        .map_or(layer, |l| Value::Real(l.id as f64));
    Ok(new_system(vm, layer))
}

fn part_system_destroy(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "part_system_destroy")?;
    let i = id(args, 0)?;
    vm.headless.particles.systems.remove(&i);
    Ok(Value::Undefined)
}

fn part_system_exists(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "part_system_exists")?;
    let i = id(args, 0)?;
    Ok(Value::Bool(vm.headless.particles.systems.contains_key(&i)))
}

fn part_system_layer(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "part_system_layer")?;
    let i = id(args, 0)?;
    let layer = arg(args, 1).clone();
    let found = vm.rooms.layer(&layer).map(|l| Value::Real(l.id as f64));
    if let Some(s) = vm.headless.particles.systems.get_mut(&i) {
        s.layer = found.unwrap_or(layer);
    }
    Ok(Value::Undefined)
}

fn part_system_get_layer(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "part_system_get_layer")?;
    let i = id(args, 0)?;
    Ok(match vm.headless.particles.systems.get(&i) {
        Some(s) => s.layer.clone(),
        None => Value::Real(-1.0),
    })
}

fn part_system_depth(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "part_system_depth")?;
    let i = id(args, 0)?;
    real(args, 1)?;
    // A system given a depth is on no layer any more.
    if let Some(s) = vm.headless.particles.systems.get_mut(&i) {
        s.layer = Value::Real(-1.0);
    }
    Ok(Value::Undefined)
}

fn part_type_create(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    check(vm, "part_type_create")?;
    let p = &mut vm.headless.particles;
    let id = p.next_type;
    p.next_type += 1;
    p.types.insert(id);
    Ok(Value::Real(id as f64))
}

fn part_type_destroy(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "part_type_destroy")?;
    let i = id(args, 0)?;
    vm.headless.particles.types.remove(&i);
    Ok(Value::Undefined)
}

fn part_type_exists(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "part_type_exists")?;
    let i = id(args, 0)?;
    Ok(Value::Bool(vm.headless.particles.types.contains(&i)))
}

/// A new emitter of the system; -1 if the system does not exist.
fn part_emitter_create(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "part_emitter_create")?;
    let ps = id(args, 0)?;
    Ok(match vm.headless.particles.systems.get_mut(&ps) {
        Some(s) => {
            let e = s.next_emitter;
            s.next_emitter += 1;
            s.emitters.insert(e);
            Value::Real(e as f64)
        }
        None => Value::Real(-1.0),
    })
}

fn part_emitter_destroy(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "part_emitter_destroy")?;
    let (ps, e) = (id(args, 0)?, id(args, 1)?);
    if let Some(s) = vm.headless.particles.systems.get_mut(&ps) {
        s.emitters.remove(&e);
    }
    Ok(Value::Undefined)
}

fn part_emitter_destroy_all(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "part_emitter_destroy_all")?;
    let ps = id(args, 0)?;
    if let Some(s) = vm.headless.particles.systems.get_mut(&ps) {
        s.emitters.clear();
    }
    Ok(Value::Undefined)
}

fn part_emitter_exists(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "part_emitter_exists")?;
    let (ps, e) = (id(args, 0)?, id(args, 1)?);
    Ok(Value::Bool(
        vm.headless
            .particles
            .systems
            .get(&ps)
            .is_some_and(|s| s.emitters.contains(&e)),
    ))
}
