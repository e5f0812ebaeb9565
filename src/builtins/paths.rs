//! Path functions (manual: Asset Management > Paths): making and editing paths, reading
//! positions along them, and starting and ending an instance's path (`path_start`, `path_end`).
//! The path data is `runtime/paths.rs`; following a path each step is
//! `runtime/path_following.rs`. `path_exists` and `path_get_name` are with the other asset
//! kinds' in `assets.rs`.
//!
//! As in GameMaker's runners, a function given a path that does not exist does nothing; the
//! getters then return 0 (`path_get_closed` true, `path_get_precision` 8, `path_get_x`/`_y`/
//! `_speed` -1).

use super::args::*;
use super::assets::asset_index;
use super::instances::calling_instance;
use super::{Builtin, ConstValue, Constant};
use crate::runtime::paths::Path;
use crate::vm::error::{Error, Result};
use crate::vm::value::{RefKind, Value};
use crate::vm::Vm;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("path_add", 0, 0, path_add),
    Builtin::new("path_duplicate", 1, 1, path_duplicate),
    Builtin::new("path_delete", 1, 1, path_delete),
    Builtin::new("path_assign", 2, 2, path_assign),
    Builtin::new("path_append", 2, 2, path_append),
    Builtin::new("path_add_point", 4, 4, path_add_point),
    Builtin::new("path_insert_point", 5, 5, path_insert_point),
    Builtin::new("path_change_point", 5, 5, path_change_point),
    Builtin::new("path_delete_point", 2, 2, path_delete_point),
    Builtin::new("path_clear_points", 1, 1, path_clear_points),
    Builtin::new("path_set_kind", 2, 2, path_set_kind),
    Builtin::new("path_set_closed", 2, 2, path_set_closed),
    Builtin::new("path_set_precision", 2, 2, path_set_precision),
    Builtin::new("path_get_kind", 1, 1, path_get_kind),
    Builtin::new("path_get_closed", 1, 1, path_get_closed),
    Builtin::new("path_get_precision", 1, 1, path_get_precision),
    Builtin::new("path_get_length", 1, 1, path_get_length),
    Builtin::new("path_get_number", 1, 1, path_get_number),
    Builtin::new("path_get_point_x", 2, 2, path_get_point_x),
    Builtin::new("path_get_point_y", 2, 2, path_get_point_y),
    Builtin::new("path_get_point_speed", 2, 2, path_get_point_speed),
    Builtin::new("path_get_x", 2, 2, path_get_x),
    Builtin::new("path_get_y", 2, 2, path_get_y),
    Builtin::new("path_get_speed", 2, 2, path_get_speed),
    Builtin::new("path_reverse", 1, 1, path_reverse),
    Builtin::new("path_mirror", 1, 1, path_mirror),
    Builtin::new("path_flip", 1, 1, path_flip),
    Builtin::new("path_rescale", 3, 3, path_rescale),
    Builtin::new("path_rotate", 2, 2, path_rotate),
    Builtin::new("path_shift", 3, 3, path_shift),
    Builtin::new("path_start", 4, 4, path_start),
    Builtin::new("path_end", 0, 0, path_end),
];

pub const CONSTANTS: &[Constant] = &[
    ("path_action_stop", ConstValue::Real(0.0)),
    ("path_action_restart", ConstValue::Real(1.0)),
    ("path_action_continue", ConstValue::Real(2.0)),
    ("path_action_reverse", ConstValue::Real(3.0)),
];

/// The path index an argument names: a path handle or a plain number (None for a handle of
/// another kind, which names no path). Anything else is the wrong type.
pub fn path_arg(args: &[Value], i: usize) -> Result<Option<i64>> {
    let v = arg(args, i);
    match v {
        Value::Ref(..) => Ok(asset_index(v, RefKind::Path)),
        _ => match v.as_f64() {
            Some(r) if r.is_nan() => Ok(None),
            Some(_) => Ok(asset_index(v, RefKind::Path)),
            None => Err(Error::bad_arg(i, "Path", v)),
        },
    }
}

/// The path an argument names, if it exists.
fn path<'a>(vm: &'a Vm, args: &[Value], i: usize) -> Result<Option<&'a Path>> {
    Ok(path_arg(args, i)?.and_then(|p| vm.assets.path(p)))
}

/// Changes the path an argument names, if it exists (after the other arguments were checked).
fn edit(vm: &mut Vm, args: &[Value], f: impl FnOnce(&mut Path)) -> Result<Value> {
    if let Some(p) = path_arg(args, 0)?.and_then(|p| vm.assets.path_mut(p)) {
        f(p);
    }
    Ok(Value::Undefined)
}

fn handle(index: i64) -> Value {
    Value::Ref(RefKind::Path, index)
}

fn path_add(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    Ok(handle(vm.assets.add_runtime_path(Path::default())))
}

fn path_duplicate(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let Some(copy) = path(vm, args, 0)?.cloned() else {
        return Ok(Value::Real(-1.0));
    };
    Ok(handle(vm.assets.add_runtime_path(copy)))
}

fn path_delete(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    if let Some(p) = path_arg(args, 0)? {
        vm.assets.delete(RefKind::Path, p);
    }
    Ok(Value::Undefined)
}

/// `path_assign(target, source)`: the target becomes a copy of the source.
fn path_assign(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let Some(src) = path(vm, args, 1)?.cloned() else {
        return Ok(Value::Undefined);
    };
    edit(vm, args, |p| p.assign(&src))
}

/// `path_append(target, source)`: the source's points are added at the end of the target.
fn path_append(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let Some(src) = path(vm, args, 1)?.cloned() else {
        return Ok(Value::Undefined);
    };
    edit(vm, args, |p| p.append(&src))
}

fn path_add_point(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (x, y, speed) = (real(args, 1)?, real(args, 2)?, real(args, 3)?);
    edit(vm, args, |p| p.add_point(x, y, speed))
}

fn path_insert_point(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let n = int(args, 1)?;
    let (x, y, speed) = (real(args, 2)?, real(args, 3)?, real(args, 4)?);
    edit(vm, args, |p| p.insert_point(n, x, y, speed))
}

fn path_change_point(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let n = int(args, 1)?;
    let (x, y, speed) = (real(args, 2)?, real(args, 3)?, real(args, 4)?);
    edit(vm, args, |p| p.change_point(n, x, y, speed))
}

fn path_delete_point(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let n = int(args, 1)?;
    edit(vm, args, |p| p.delete_point(n))
}

fn path_clear_points(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    edit(vm, args, |p| p.clear_points())
}

fn path_set_kind(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let kind = int(args, 1)?;
    edit(vm, args, |p| p.set_kind(kind))
}

fn path_set_closed(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let closed = boolean(args, 1)?;
    edit(vm, args, |p| p.set_closed(closed))
}

fn path_set_precision(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let precision = int(args, 1)?;
    edit(vm, args, |p| p.set_precision(precision))
}

fn path_reverse(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    edit(vm, args, |p| p.reverse())
}

fn path_mirror(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    edit(vm, args, |p| p.mirror())
}

fn path_flip(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    edit(vm, args, |p| p.flip())
}

fn path_rescale(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (xs, ys) = (real(args, 1)?, real(args, 2)?);
    edit(vm, args, |p| p.rescale(xs, ys))
}

fn path_rotate(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let angle = real(args, 1)?;
    edit(vm, args, |p| p.rotate(angle))
}

fn path_shift(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (dx, dy) = (real(args, 1)?, real(args, 2)?);
    edit(vm, args, |p| p.shift(dx, dy))
}

/// A fact of the path an argument names, or `missing` when there is no such path.
fn fact(vm: &Vm, args: &[Value], missing: Value, f: impl Fn(&Path) -> Value) -> Result<Value> {
    Ok(path(vm, args, 0)?.map_or(missing, f))
}

fn path_get_kind(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    fact(vm, args, Value::Real(0.0), |p| Value::Real(p.kind() as f64))
}

fn path_get_closed(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    fact(vm, args, Value::Bool(true), |p| Value::Bool(p.closed()))
}

fn path_get_precision(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    fact(vm, args, Value::Real(8.0), |p| {
        Value::Real(p.precision() as f64)
    })
}

fn path_get_length(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    fact(vm, args, Value::Real(0.0), |p| Value::Real(p.length()))
}

fn path_get_number(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    fact(vm, args, Value::Real(0.0), |p| {
        Value::Real(p.points().len() as f64)
    })
}

/// A field of point `n` (0 when the path or the point does not exist).
fn point_field(
    vm: &Vm,
    args: &[Value],
    f: fn(&crate::runtime::paths::PathPoint) -> f64,
) -> Result<Value> {
    let n = int(args, 1)?;
    let v = path(vm, args, 0)?
        .and_then(|p| p.point(n))
        .map_or(0.0, |pt| f(&pt));
    Ok(Value::Real(v))
}

fn path_get_point_x(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    point_field(vm, args, |p| p.x)
}

fn path_get_point_y(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    point_field(vm, args, |p| p.y)
}

fn path_get_point_speed(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    point_field(vm, args, |p| p.speed)
}

/// One of x, y, speed at a position (0..1) along the path; -1 when there is no such path.
fn at_position(vm: &Vm, args: &[Value], pick: fn((f64, f64, f64)) -> f64) -> Result<Value> {
    let pos = real(args, 1)?;
    let v = path(vm, args, 0)?.map_or(-1.0, |p| pick(p.position(pos)));
    Ok(Value::Real(v))
}

fn path_get_x(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    at_position(vm, args, |p| p.0)
}

fn path_get_y(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    at_position(vm, args, |p| p.1)
}

fn path_get_speed(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    at_position(vm, args, |p| p.2)
}

/// `path_start(path, speed, endaction, absolute)` for the calling instance.
fn path_start(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let index = path_arg(args, 0)?;
    let speed = real(args, 1)?;
    let endaction = int(args, 2)?;
    let absolute = boolean(args, 3)?;
    let me = calling_instance(vm)?;
    crate::runtime::path_following::start(vm, &me, index, speed, endaction, absolute);
    Ok(Value::Undefined)
}

/// Stops the calling instance's path where it is.
fn path_end(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    let me = calling_instance(vm)?;
    crate::runtime::path_following::start(vm, &me, None, 0.0, 0, false);
    Ok(Value::Undefined)
}
