//! Manual: Drawing > Surfaces: creating, sizing and targeting surfaces. Id 0 is the
//! application surface. Their pixels are in `surface_pixels`.

use super::surface_pixels::Surface;
use super::{check, nothing};
use crate::builtins::args::*;
use crate::builtins::{Builtin, ConstValue, Constant};
use crate::vm::error::{Error, Result};
use crate::vm::value::Value;
use crate::vm::Vm;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("surface_create", 2, 3, surface_create),
    Builtin::new("surface_exists", 1, 1, surface_exists),
    Builtin::new("surface_free", 1, 1, surface_free),
    Builtin::new("surface_get_width", 1, 1, surface_get_width),
    Builtin::new("surface_get_height", 1, 1, surface_get_height),
    Builtin::new("surface_resize", 3, 3, surface_resize),
    Builtin::new("surface_set_target", 1, 1, surface_set_target),
    Builtin::new("surface_reset_target", 0, 0, surface_reset_target),
    Builtin::new("surface_get_target", 0, 0, surface_get_target),
    Builtin::new("surface_create_ext", 3, 3, surface_create_ext),
    Builtin::new("surface_get_format", 1, 1, surface_get_format),
    Builtin::new("surface_depth_disable", 1, 1, surface_depth_disable),
    Builtin::new("surface_get_depth_disable", 0, 0, surface_get_depth_disable),
    Builtin::new("surface_set_target_ext", 2, 2, surface_set_target_ext),
    Builtin::new("surface_get_target_ext", 1, 1, surface_get_target_ext),
    Builtin::new("surface_get_texture", 1, 1, surface_get_texture),
];

pub const CONSTANTS: &[Constant] = &[
    ("application_surface", ConstValue::Real(0.0)),
    ("surface_rgba8unorm", ConstValue::Real(0.0)),
    ("surface_r8unorm", ConstValue::Real(1.0)),
    ("surface_rg8unorm", ConstValue::Real(2.0)),
    ("surface_rgba4unorm", ConstValue::Real(3.0)),
    ("surface_rgba16float", ConstValue::Real(4.0)),
    ("surface_r16float", ConstValue::Real(5.0)),
    ("surface_rgba32float", ConstValue::Real(6.0)),
    ("surface_r32float", ConstValue::Real(7.0)),
];

pub const NOTHING: &[Builtin] = nothing! {
    "draw_surface", 3, 3 => Undefined;
    "draw_surface_ext", 8, 8 => Undefined;
    "draw_surface_part", 7, 7 => Undefined;
    "draw_surface_part_ext", 12, 12 => Undefined;
    "draw_surface_stretched", 5, 5 => Undefined;
    "draw_surface_stretched_ext", 7, 7 => Undefined;
    "draw_surface_tiled", 3, 3 => Undefined;
    "draw_surface_general", 16, 16 => Undefined;
    "application_surface_enable", 1, 1 => Undefined;
    "application_surface_draw_enable", 1, 1 => Undefined;
    "application_surface_is_enabled", 0, 0 => Bool(true);
};

/// Whether a surface id is live (for `sprite_create_from_surface`).
pub fn surface_exists_id(vm: &Vm, id: i64) -> bool {
    vm.headless.surfaces.contains_key(&id)
}

fn surface_id(args: &[Value], i: usize) -> Result<i64> {
    int(args, i)
}

fn surface_create(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "surface_create")?;
    let (w, h) = (int(args, 0)?, int(args, 1)?);
    if w <= 0 || h <= 0 {
        return Err(Error::msg(format!(
            "surface_create: invalid size {w} x {h} (both must be at least 1)"
        )));
    }
    let format = real_or(args, 2, 0.0)? as i64;
    let h_state = &mut vm.headless;
    let id = h_state.next_surface;
    h_state.next_surface += 1;
    h_state.surfaces.insert(id, Surface::new(w, h, format));
    Ok(Value::Real(id as f64))
}

/// `surface_create_ext(name, w, h)`: a surface also known by name to native extensions; here
/// the name is only checked.
fn surface_create_ext(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "surface_create_ext")?;
    string(args, 0)?;
    surface_create(vm, &args[1..])
}

/// The format a surface was created with (`surface_rgba8unorm` unless given); -1 for none.
fn surface_get_format(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "surface_get_format")?;
    let id = surface_id(args, 0)?;
    Ok(Value::Real(
        vm.headless.surfaces.get(&id).map_or(-1, |s| s.format) as f64,
    ))
}

fn surface_depth_disable(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "surface_depth_disable")?;
    vm.headless.surface_depth_disabled = boolean(args, 0)?;
    Ok(Value::Undefined)
}

fn surface_get_depth_disable(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    check(vm, "surface_get_depth_disable")?;
    Ok(Value::Bool(vm.headless.surface_depth_disabled))
}

/// Multiple render targets: the surface set for target `index` (0-3) reads back; returns
/// whether it was set (the surface must exist).
fn surface_set_target_ext(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "surface_set_target_ext")?;
    let index = int(args, 0)?;
    let id = surface_id(args, 1)?;
    if !(0..4).contains(&index) || !surface_exists_id(vm, id) {
        return Ok(Value::Bool(false));
    }
    vm.headless.surface_targets_ext[index as usize] = id;
    Ok(Value::Bool(true))
}

fn surface_get_target_ext(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "surface_get_target_ext")?;
    let index = int(args, 0)?;
    let id = match index {
        0..=3 => vm.headless.surface_targets_ext[index as usize],
        _ => -1,
    };
    Ok(Value::Real(id as f64))
}

fn surface_exists(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "surface_exists")?;
    let id = surface_id(args, 0)?;
    Ok(Value::Bool(surface_exists_id(vm, id)))
}

fn surface_free(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "surface_free")?;
    let id = surface_id(args, 0)?;
    if id != 0 {
        vm.headless.surfaces.remove(&id);
    }
    Ok(Value::Undefined)
}

fn size_of(vm: &Vm, args: &[Value]) -> Result<Option<(i64, i64)>> {
    Ok(vm
        .headless
        .surfaces
        .get(&surface_id(args, 0)?)
        .map(|s| (s.w, s.h)))
}

/// A surface's width, or -1 when it does not exist (as GameMaker returns).
fn surface_get_width(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "surface_get_width")?;
    Ok(Value::Real(size_of(vm, args)?.map_or(-1.0, |s| s.0 as f64)))
}

fn surface_get_height(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "surface_get_height")?;
    Ok(Value::Real(size_of(vm, args)?.map_or(-1.0, |s| s.1 as f64)))
}

fn surface_resize(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "surface_resize")?;
    let id = surface_id(args, 0)?;
    let (w, h) = (int(args, 1)?, int(args, 2)?);
    if w > 0 && h > 0 {
        if let Some(s) = vm.headless.surfaces.get_mut(&id) {
            s.resize(w, h);
        }
    }
    Ok(Value::Undefined)
}

fn surface_set_target(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "surface_set_target")?;
    let id = surface_id(args, 0)?;
    if !surface_exists_id(vm, id) {
        return Err(Error::msg(format!(
            "surface_set_target: surface {id} does not exist"
        )));
    }
    vm.headless.surface_target.push(id);
    Ok(Value::Bool(true))
}

/// Each reset pairs with a `surface_set_target`: one with no target set is an error, as in
/// GameMaker.
fn surface_reset_target(vm: &mut Vm, _: &[Value]) -> Result<Value> {
    check(vm, "surface_reset_target")?;
    match vm.headless.surface_target.pop() {
        Some(_) => Ok(Value::Bool(true)),
        None => Err(Error::msg(
            "surface_reset_target: no surface target is set (call surface_set_target first)",
        )),
    }
}

/// Where texture pointers of surfaces start: one distinct non-null pointer per surface.
const SURFACE_TEXTURE_BASE: i64 = 0x5_0000_0000;

/// The surface's texture as a pointer (`pointer_invalid` for a surface that does not exist).
fn surface_get_texture(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "surface_get_texture")?;
    let id = surface_id(args, 0)?;
    Ok(Value::Ptr(if surface_exists_id(vm, id) {
        SURFACE_TEXTURE_BASE + id
    } else {
        -1
    }))
}

/// The surface being drawn to: the last target set, else -1 (the default target).
fn surface_get_target(vm: &mut Vm, _: &[Value]) -> Result<Value> {
    check(vm, "surface_get_target")?;
    Ok(Value::Real(
        vm.headless.surface_target.last().copied().unwrap_or(-1) as f64,
    ))
}
