//! Manual: Cameras And Display > Cameras. Nothing is drawn, but a camera keeps what it is
//! given: its view position, size, angle, speed, border and target, its view and projection
//! matrices and its begin/update/end scripts (which never run: no view is drawn). Camera 0 is
//! the default camera, the window's size; no camera is active outside drawing, so
//! `camera_get_active` is -1.

use super::{check, DISPLAY_SIZE};
use crate::builtins::args::*;
use crate::builtins::Builtin;
use crate::vm::error::{Error, Result};
use crate::vm::value::{RefKind, Value};
use crate::vm::Vm;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("camera_create", 0, 0, camera_create),
    Builtin::new("camera_create_view", 4, 10, camera_create_view),
    Builtin::new("camera_destroy", 1, 1, camera_destroy),
    Builtin::new("camera_apply", 1, 1, camera_apply),
    Builtin::new("camera_get_active", 0, 0, camera_get_active),
    Builtin::new("camera_get_default", 0, 0, camera_get_default),
    Builtin::new("camera_set_default", 1, 1, camera_set_default),
    Builtin::new("camera_set_view_pos", 3, 3, camera_set_view_pos),
    Builtin::new("camera_set_view_size", 3, 3, camera_set_view_size),
    Builtin::new("camera_set_view_angle", 2, 2, camera_set_view_angle),
    Builtin::new("camera_set_view_speed", 3, 3, camera_set_view_speed),
    Builtin::new("camera_set_view_border", 3, 3, camera_set_view_border),
    Builtin::new("camera_set_view_target", 2, 2, camera_set_view_target),
    Builtin::new("camera_set_view_mat", 2, 2, camera_set_view_mat),
    Builtin::new("camera_set_proj_mat", 2, 2, camera_set_proj_mat),
    Builtin::new("camera_set_begin_script", 2, 2, camera_set_begin_script),
    Builtin::new("camera_set_update_script", 2, 2, camera_set_update_script),
    Builtin::new("camera_set_end_script", 2, 2, camera_set_end_script),
    Builtin::new("camera_get_view_x", 1, 1, camera_get_view_x),
    Builtin::new("camera_get_view_y", 1, 1, camera_get_view_y),
    Builtin::new("camera_get_view_width", 1, 1, camera_get_view_width),
    Builtin::new("camera_get_view_height", 1, 1, camera_get_view_height),
    Builtin::new("camera_get_view_angle", 1, 1, camera_get_view_angle),
    Builtin::new("camera_get_view_speed_x", 1, 1, camera_get_view_speed_x),
    Builtin::new("camera_get_view_speed_y", 1, 1, camera_get_view_speed_y),
    Builtin::new("camera_get_view_border_x", 1, 1, camera_get_view_border_x),
    Builtin::new("camera_get_view_border_y", 1, 1, camera_get_view_border_y),
    Builtin::new("camera_get_view_target", 1, 1, camera_get_view_target),
    Builtin::new("camera_get_view_mat", 1, 1, camera_get_view_mat),
    Builtin::new("camera_get_proj_mat", 1, 1, camera_get_proj_mat),
    Builtin::new("camera_get_begin_script", 1, 1, camera_get_begin_script),
    Builtin::new("camera_get_update_script", 1, 1, camera_get_update_script),
    Builtin::new("camera_get_end_script", 1, 1, camera_get_end_script),
];

const IDENTITY: [f64; 16] = [
    1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0,
];

#[derive(Clone)]
struct Camera {
    pos: (f64, f64),
    size: (f64, f64),
    angle: f64,
    speed: (f64, f64),
    border: (f64, f64),
    target: Value,
    view_mat: [f64; 16],
    proj_mat: [f64; 16],
    /// begin, update, end
    scripts: [Value; 3],
}

impl Camera {
    fn new() -> Camera {
        Camera {
            pos: (0.0, 0.0),
            size: DISPLAY_SIZE,
            angle: 0.0,
            speed: (-1.0, -1.0),
            border: (0.0, 0.0),
            target: Value::Real(-4.0),
            view_mat: IDENTITY,
            proj_mat: IDENTITY,
            scripts: [Value::Real(-1.0), Value::Real(-1.0), Value::Real(-1.0)],
        }
    }
}

/// Cameras by id (freed ids reused lowest first); camera 0 is made at start as the default.
pub struct CameraState {
    cameras: Vec<Option<Camera>>,
    default: i64,
}

impl Default for CameraState {
    fn default() -> Self {
        CameraState {
            cameras: vec![Some(Camera::new())],
            default: 0,
        }
    }
}

impl CameraState {
    /// Scripts and targets the garbage collector must see.
    pub fn for_each_value(&self, mut f: impl FnMut(&Value)) {
        for c in self.cameras.iter().flatten() {
            f(&c.target);
            c.scripts.iter().for_each(&mut f);
        }
    }
}

fn cameras(vm: &mut Vm) -> &mut CameraState {
    &mut vm.headless.cameras
}

fn add(vm: &mut Vm, c: Camera) -> Value {
    let s = cameras(vm);
    let id = match s.cameras.iter().position(Option::is_none) {
        Some(i) => {
            s.cameras[i] = Some(c);
            i
        }
        None => {
            s.cameras.push(Some(c));
            s.cameras.len() - 1
        }
    };
    Value::Real(id as f64)
}

/// The camera named by argument 0, or an error naming the function.
fn camera<'a>(vm: &'a mut Vm, name: &str, args: &[Value]) -> Result<&'a mut Camera> {
    check(vm, name)?;
    let id = int(args, 0)?;
    usize::try_from(id)
        .ok()
        .and_then(|i| cameras(vm).cameras.get_mut(i))
        .and_then(Option::as_mut)
        .ok_or_else(|| Error::msg(format!("{name}: camera {id} does not exist")))
}

fn camera_create(vm: &mut Vm, _: &[Value]) -> Result<Value> {
    check(vm, "camera_create")?;
    Ok(add(vm, Camera::new()))
}

/// Runs a matrix builtin on numbers (the view and projection a view camera starts with).
fn matrix(vm: &mut Vm, name: &str, nums: &[f64]) -> Result<[f64; 16]> {
    let b =
        crate::builtins::lookup(name).ok_or_else(|| Error::msg(format!("{name} is missing")))?;
    let args: Vec<Value> = nums.iter().map(|n| Value::Real(*n)).collect();
    let mut m = IDENTITY;
    if let Value::Array(a) = (b.f)(vm, &args)? {
        for (slot, v) in m.iter_mut().zip(a.borrow().iter()) {
            *slot = v.as_f64().unwrap_or(0.0);
        }
    }
    Ok(m)
}

/// A camera set up as a room view: the matrices look at the view's centre, orthographically.
fn camera_create_view(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "camera_create_view")?;
    let mut c = Camera::new();
    c.pos = (real(args, 0)?, real(args, 1)?);
    c.size = (real(args, 2)?, real(args, 3)?);
    c.angle = real_or(args, 4, 0.0)?;
    if !matches!(arg(args, 5), Value::Undefined) {
        c.target = arg(args, 5).clone();
    }
    c.speed = (real_or(args, 6, -1.0)?, real_or(args, 7, -1.0)?);
    c.border = (real_or(args, 8, 0.0)?, real_or(args, 9, 0.0)?);
    let (cx, cy) = (c.pos.0 + c.size.0 / 2.0, c.pos.1 + c.size.1 / 2.0);
    let a = c.angle.to_radians();
    c.view_mat = matrix(
        vm,
        "matrix_build_lookat",
        &[cx, cy, -16000.0, cx, cy, 0.0, -a.sin(), a.cos(), 0.0],
    )?;
    c.proj_mat = matrix(
        vm,
        "matrix_build_projection_ortho",
        &[c.size.0, c.size.1, 1.0, 32000.0],
    )?;
    Ok(add(vm, c))
}

fn camera_destroy(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    camera(vm, "camera_destroy", args)?;
    let id = int(args, 0)? as usize;
    cameras(vm).cameras[id] = None;
    Ok(Value::Undefined)
}

/// Applying a camera only changes what would be drawn.
fn camera_apply(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    camera(vm, "camera_apply", args)?;
    Ok(Value::Undefined)
}

fn camera_get_active(vm: &mut Vm, _: &[Value]) -> Result<Value> {
    check(vm, "camera_get_active")?;
    Ok(Value::Real(-1.0))
}

fn camera_get_default(vm: &mut Vm, _: &[Value]) -> Result<Value> {
    check(vm, "camera_get_default")?;
    Ok(Value::Real(cameras(vm).default as f64))
}

fn camera_set_default(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    camera(vm, "camera_set_default", args)?;
    cameras(vm).default = int(args, 0)?;
    Ok(Value::Undefined)
}

macro_rules! setters {
    ($($name:ident => |$c:ident, $args:ident| $set:expr;)*) => {$(
        fn $name(vm: &mut Vm, $args: &[Value]) -> Result<Value> {
            let $c = camera(vm, stringify!($name), $args)?;
            $set;
            Ok(Value::Undefined)
        }
    )*};
}

setters! {
    camera_set_view_pos => |c, args| c.pos = (real(args, 1)?, real(args, 2)?);
    camera_set_view_size => |c, args| c.size = (real(args, 1)?, real(args, 2)?);
    camera_set_view_angle => |c, args| c.angle = real(args, 1)?;
    camera_set_view_speed => |c, args| c.speed = (real(args, 1)?, real(args, 2)?);
    camera_set_view_border => |c, args| c.border = (real(args, 1)?, real(args, 2)?);
    camera_set_view_target => |c, args| c.target = arg(args, 1).clone();
}

macro_rules! getters {
    ($($name:ident => |$c:ident| $get:expr;)*) => {$(
        fn $name(vm: &mut Vm, args: &[Value]) -> Result<Value> {
            let $c = camera(vm, stringify!($name), args)?;
            Ok($get)
        }
    )*};
}

getters! {
    camera_get_view_x => |c| Value::Real(c.pos.0);
    camera_get_view_y => |c| Value::Real(c.pos.1);
    camera_get_view_width => |c| Value::Real(c.size.0);
    camera_get_view_height => |c| Value::Real(c.size.1);
    camera_get_view_angle => |c| Value::Real(c.angle);
    camera_get_view_speed_x => |c| Value::Real(c.speed.0);
    camera_get_view_speed_y => |c| Value::Real(c.speed.1);
    camera_get_view_border_x => |c| Value::Real(c.border.0);
    camera_get_view_border_y => |c| Value::Real(c.border.1);
    camera_get_view_target => |c| c.target.clone();
    camera_get_view_mat => |c| Value::new_array(c.view_mat.iter().map(|n| Value::Real(*n)).collect());
    camera_get_proj_mat => |c| Value::new_array(c.proj_mat.iter().map(|n| Value::Real(*n)).collect());
    camera_get_begin_script => |c| c.scripts[0].clone();
    camera_get_update_script => |c| c.scripts[1].clone();
    camera_get_end_script => |c| c.scripts[2].clone();
}

/// A matrix argument: an array of 16 numbers.
fn matrix_arg(name: &str, args: &[Value], i: usize) -> Result<[f64; 16]> {
    let a = array(args, i)?.borrow();
    let mut m = [0.0; 16];
    if a.len() != 16 {
        return Err(Error::msg(format!(
            "{name}: a matrix is an array of 16 numbers, got {} elements",
            a.len()
        )));
    }
    for (slot, v) in m.iter_mut().zip(a.iter()) {
        *slot = v.as_f64().ok_or_else(|| {
            Error::msg(format!(
                "{name}: a matrix holds numbers, got {}",
                v.type_name()
            ))
        })?;
    }
    Ok(m)
}

fn camera_set_view_mat(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let m = matrix_arg("camera_set_view_mat", args, 1)?;
    camera(vm, "camera_set_view_mat", args)?.view_mat = m;
    Ok(Value::Undefined)
}

/// GameMaker stores a projection set on a camera with its y axis flipped (element 5 negated,
/// so render targets are not drawn upside down): `camera_get_proj_mat` gives it back that way,
/// as GameMaker's own camera tests expect.
fn camera_set_proj_mat(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let mut m = matrix_arg("camera_set_proj_mat", args, 1)?;
    m[5] = -m[5];
    camera(vm, "camera_set_proj_mat", args)?.proj_mat = m;
    Ok(Value::Undefined)
}

/// A camera script argument: a function (method or script) or -1 for none.
fn set_script(vm: &mut Vm, name: &str, args: &[Value], slot: usize) -> Result<Value> {
    let v = arg(args, 1);
    let ok = match v {
        Value::Method(_) | Value::Ref(RefKind::Script, _) => true,
        Value::Real(_) | Value::Int32(_) | Value::Int64(_) => v.as_f64() == Some(-1.0),
        _ => false,
    };
    if !ok {
        return Err(Error::msg(format!(
            "{name}: the script must be a function or -1, got {}",
            v.type_name()
        )));
    }
    let v = v.clone();
    camera(vm, name, args)?.scripts[slot] = v;
    Ok(Value::Undefined)
}

fn camera_set_begin_script(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    set_script(vm, "camera_set_begin_script", args, 0)
}
fn camera_set_update_script(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    set_script(vm, "camera_set_update_script", args, 1)
}
fn camera_set_end_script(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    set_script(vm, "camera_set_end_script", args, 2)
}
