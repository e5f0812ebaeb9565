//! Instances following paths (`path_start`), and the motion phase of the frame, which moves
//! every instance either by its motion variables or along its path.
//!
//! As in GameMaker's runners: each step `path_position` advances by `path_speed` times the
//! path's speed at the current position (a percentage, divided by `path_scale`) over the path's
//! length; the instance is placed at the new position, the path's start being at `path_origin`,
//! scaled by `path_scale` and turned by `path_orientation`. `hspeed`/`vspeed` are set to the
//! move (so `direction` follows the path) and `speed` then to 0, so no other motion adds to it.
//! Past either end `path_endaction` decides: stop, restart, continue from here, or reverse; the
//! Other event "Path Ended" (`ev_end_of_path`) fires then, if the path speed is not 0.

use super::events::EventKey;
use super::instance::{set_builtin, slot, with_syms};
use super::paths::Path;
use crate::vm::error::Result;
use crate::vm::value::{RefKind, StructObj, StructRef, Value};
use crate::vm::Vm;

/// The Other event number of "Path Ended".
const END_OF_PATH: u8 = 8;

/// `path_start` (or, with no path, `path_end`): a path that does not exist or has no length
/// only ends the current one. Path scale and orientation are reset to 1 and 0. With `absolute`
/// the instance jumps to the path's start (its end for a negative speed); otherwise the path
/// is moved to begin where the instance is.
pub fn start(
    vm: &Vm,
    inst: &StructRef,
    path: Option<i64>,
    speed: f64,
    endaction: i64,
    absolute: bool,
) {
    let mut b = inst.borrow_mut();
    let Some(d) = b.instance_mut() else { return };
    d.store(
        crate::vm::intern::Sym(slot::PATH_INDEX as u32),
        Value::Real(-1.0),
    );
    let Some((index, p)) = path.and_then(|i| vm.assets.path(i).map(|p| (i, p))) else {
        return;
    };
    if p.length() <= 0.0 {
        return;
    }
    d.store(
        crate::vm::intern::Sym(slot::PATH_INDEX as u32),
        Value::Ref(RefKind::Path, index),
    );
    let position = if speed >= 0.0 { 0.0 } else { 1.0 };
    d.set_real(slot::PATH_SPEED, speed);
    d.set_real(slot::PATH_POSITION, position);
    d.set_real(slot::PATH_POSITIONPREVIOUS, position);
    d.set_real(slot::PATH_SCALE, 1.0);
    d.set_real(slot::PATH_ORIENTATION, 0.0);
    d.set_real(slot::PATH_ENDACTION, endaction as f64);
    let (x0, y0, _) = p.position(0.0);
    if absolute {
        let (x, y, _) = p.position(position);
        d.path_origin = (x0, y0);
        set_position(&mut b, x, y);
    } else {
        d.path_origin = (d.real(slot::X), d.real(slot::Y));
    }
}

fn set_position(s: &mut StructObj, x: f64, y: f64) {
    let (kx, ky) = with_syms(|k| (k.x, k.y));
    set_builtin(s, kx, &Value::Real(x));
    set_builtin(s, ky, &Value::Real(y));
}

/// The motion phase: every active instance in creation order either follows its path or moves
/// by its motion variables; "Path Ended" fires as each instance reaches an end.
pub fn motion_step(vm: &mut Vm) -> Result<()> {
    let end = vm.world.instances.len();
    vm.world.begin_pass();
    let result = move_all(vm, end);
    vm.world.end_pass();
    result
}

fn move_all(vm: &mut Vm, end: usize) -> Result<()> {
    for i in 0..end {
        let Some(inst) = vm.world.instances.get(i) else {
            break;
        };
        let followed = match inst.borrow().instance() {
            Some(d) if d.is_active() => d.path_followed(),
            _ => continue,
        };
        let Some(path) = followed.and_then(|p| vm.assets.path(p)) else {
            super::instance::apply_motion(&mut inst.borrow_mut());
            continue;
        };
        if path.length() <= 0.0 {
            continue;
        }
        let ended = follow(&mut inst.borrow_mut(), path);
        if ended {
            let inst = inst.clone();
            super::frame_loop::fire_event(vm, &inst, EventKey::Other(END_OF_PATH))?;
        }
    }
    Ok(())
}

/// One step along the path; returns whether an end was reached.
fn follow(s: &mut StructObj, path: &Path) -> bool {
    let Some(d) = s.instance_mut() else {
        return false;
    };
    let mut position = d.real(slot::PATH_POSITION);
    let mut speed = d.real(slot::PATH_SPEED);
    let scale = d.real(slot::PATH_SCALE);
    let orient = d.real(slot::PATH_ORIENTATION).to_radians();
    let (mut ox, mut oy) = d.path_origin;
    let (_, _, point_speed) = path.position(position);
    position += speed * (point_speed / (100.0 * scale)) / path.length();
    let (x0, y0, _) = path.position(0.0);
    let mut ended = false;
    let mut stop = false;
    if position >= 1.0 || position <= 0.0 {
        ended = speed != 0.0;
        match d.real(slot::PATH_ENDACTION) as i64 {
            1 => position += if position < 0.0 { 1.0 } else { -1.0 },
            2 => {
                // The whole path moves on by its start-to-end offset.
                let (x1, y1, _) = path.position(1.0);
                let (dx, dy) = (x1 - x0, y1 - y0);
                let xdif = scale * (dx * orient.cos() + dy * orient.sin());
                let ydif = scale * (dy * orient.cos() - dx * orient.sin());
                if position < 0.0 {
                    (ox, oy) = (ox - xdif, oy - ydif);
                    position += 1.0;
                } else {
                    (ox, oy) = (ox + xdif, oy + ydif);
                    position -= 1.0;
                }
            }
            3 => {
                if position < 0.0 {
                    position = -position;
                    speed = speed.abs();
                } else {
                    position = 2.0 - position;
                    speed = -speed.abs();
                }
            }
            // Stop (0, and any other action); a path speed of 0 stays put.
            a => stop = a != 0 || speed != 0.0,
        }
    }
    if stop {
        position = 1.0;
        d.store(
            crate::vm::intern::Sym(slot::PATH_INDEX as u32),
            Value::Real(-1.0),
        );
    }
    d.path_origin = (ox, oy);
    d.set_real(slot::PATH_POSITION, position);
    d.set_real(slot::PATH_SPEED, speed);
    let (px, py, _) = path.position(position);
    let (dx, dy) = (px - x0, py - y0);
    let nx = ox + scale * (dx * orient.cos() + dy * orient.sin());
    let ny = oy + scale * (dy * orient.cos() - dx * orient.sin());
    with_syms(|k| {
        let x = s.get(k.x).and_then(|v| v.as_f64()).unwrap_or(0.0);
        let y = s.get(k.y).and_then(|v| v.as_f64()).unwrap_or(0.0);
        // The move sets the direction; the path, not the speed, moves the instance.
        set_builtin(s, k.hspeed, &Value::Real(nx - x));
        set_builtin(s, k.vspeed, &Value::Real(ny - y));
        set_builtin(s, k.speed, &Value::Real(0.0));
    });
    set_position(s, nx, ny);
    ended
}
