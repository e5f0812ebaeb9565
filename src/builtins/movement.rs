//! Movement functions (manual: Movement And Collisions > Movement): motion, snapping, wrapping,
//! bouncing, moving to contact, and distances from the calling instance's bounding box.
//!
//! Every function acts on the calling instance. Writes go through the built-in variable setter,
//! so `speed`/`direction` and `hspeed`/`vspeed` stay in step and the bounding box follows `x`/`y`.
//! Collision tests are the ones `place_free` (solid instances) and `place_empty` (any) make.

use super::args::*;
use super::collisions::{candidates, empty_at, free_at, place_hits};
use super::instances::calling_instance;
use super::Builtin;
use crate::runtime::instance::{set_builtin, with_syms};
use crate::runtime::instance_sprite::bounding_box;
use crate::vm::error::Result;
use crate::vm::intern::Sym;
use crate::vm::value::{StructRef, Value};
use crate::vm::Vm;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("motion_set", 2, 2, motion_set),
    Builtin::new("motion_add", 2, 2, motion_add),
    Builtin::new("move_towards_point", 3, 3, move_towards_point),
    Builtin::new("move_snap", 2, 2, move_snap),
    Builtin::new("place_snapped", 2, 2, place_snapped),
    Builtin::new("move_wrap", 3, 3, move_wrap),
    Builtin::new("move_random", 2, 2, move_random),
    Builtin::new("move_bounce_solid", 1, 1, move_bounce_solid),
    Builtin::new("move_bounce_all", 1, 1, move_bounce_all),
    Builtin::new("move_contact_solid", 2, 2, move_contact_solid),
    Builtin::new("move_contact_all", 2, 2, move_contact_all),
    Builtin::new("move_outside_solid", 2, 2, move_outside_solid),
    Builtin::new("move_outside_all", 2, 2, move_outside_all),
    Builtin::new("distance_to_point", 2, 2, distance_to_point),
    Builtin::new("distance_to_object", 1, 1, distance_to_object),
    Builtin::new("move_and_collide", 3, 8, move_and_collide),
];

fn get(s: &StructRef, k: Sym) -> f64 {
    s.borrow().get(k).and_then(|v| v.as_f64()).unwrap_or(0.0)
}

/// Writes a built-in variable with its side effects (motion coupling, the bounding box).
fn set(s: &StructRef, k: Sym, v: f64) {
    let mut b = s.borrow_mut();
    if !set_builtin(&mut b, k, &Value::Real(v)) {
        b.set(k, Value::Real(v));
    }
}

fn set_position(s: &StructRef, x: f64, y: f64) {
    let (kx, ky) = with_syms(|k| (k.x, k.y));
    set(s, kx, x);
    set(s, ky, y);
}

fn position(s: &StructRef) -> (f64, f64) {
    with_syms(|k| (get(s, k.x), get(s, k.y)))
}

fn motion_set(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (dir, speed) = (real(args, 0)?, real(args, 1)?);
    let me = calling_instance(vm)?;
    let (kd, ks) = with_syms(|k| (k.direction, k.speed));
    set(&me, kd, dir);
    set(&me, ks, speed);
    Ok(Value::Undefined)
}

/// Adds a vector to the motion: `hspeed`/`vspeed` grow by its components.
fn motion_add(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (dir, speed) = (real(args, 0)?.to_radians(), real(args, 1)?);
    let me = calling_instance(vm)?;
    let (kh, kv) = with_syms(|k| (k.hspeed, k.vspeed));
    set(&me, kh, get(&me, kh) + speed * dir.cos());
    set(&me, kv, get(&me, kv) - speed * dir.sin());
    Ok(Value::Undefined)
}

/// Points the motion at (x, y) and sets its speed (toward its own position, the direction is
/// kept).
fn move_towards_point(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (tx, ty, speed) = (real(args, 0)?, real(args, 1)?, real(args, 2)?);
    let me = calling_instance(vm)?;
    let (x, y) = position(&me);
    let (kh, kv, ks) = with_syms(|k| (k.hspeed, k.vspeed, k.speed));
    set(&me, kh, tx - x);
    set(&me, kv, ty - y);
    set(&me, ks, speed);
    Ok(Value::Undefined)
}

/// Rounds the position to the nearest multiple of each snap (a snap of 0 or less leaves that
/// axis alone).
fn move_snap(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (h, v) = (real(args, 0)?, real(args, 1)?);
    let me = calling_instance(vm)?;
    let (mut x, mut y) = position(&me);
    if h > 0.0 {
        x = (x / h).round() * h;
    }
    if v > 0.0 {
        y = (y / v).round() * v;
    }
    set_position(&me, x, y);
    Ok(Value::Undefined)
}

/// Whether the position is on the grid (within 0.001, as GameMaker allows).
fn place_snapped(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (h, v) = (real(args, 0)?, real(args, 1)?);
    let me = calling_instance(vm)?;
    let (x, y) = position(&me);
    let on = |p: f64, s: f64| s <= 0.0 || (p - s * (p / s).round()).abs() < 0.001;
    Ok(Value::Bool(on(x, h) && on(y, v)))
}

/// An instance whose origin is more than `margin` outside the room comes back in on the other
/// side.
fn move_wrap(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (hor, vert) = (boolean(args, 0)?, boolean(args, 1)?);
    let margin = real(args, 2)?;
    let me = calling_instance(vm)?;
    let (w, h) = crate::runtime::game::room_size(vm);
    let (mut x, mut y) = position(&me);
    if hor {
        if x < -margin {
            x += w + 2.0 * margin;
        } else if x > w + margin {
            x -= w + 2.0 * margin;
        }
    }
    if vert {
        if y < -margin {
            y += h + 2.0 * margin;
        } else if y > h + margin {
            y -= h + 2.0 * margin;
        }
    }
    set_position(&me, x, y);
    Ok(Value::Undefined)
}

/// Moves to a random free position in the room (the whole box inside it), snapped to the grid;
/// after 100 tries without a free place the instance stays where it is.
fn move_random(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (hs, vs) = (real(args, 0)?.round(), real(args, 1)?.round());
    let me = calling_instance(vm)?;
    let (w, h) = crate::runtime::game::room_size(vm);
    let (x, y) = position(&me);
    let (l, t, r, b) = bounding_box(&me.borrow());
    let (xmin, xmax) = ((x - l).round(), (w + x - r).round());
    let (ymin, ymax) = ((y - t).round(), (h + y - b).round());
    for _ in 0..100 {
        let mut nx = xmin + vm.rng.next_f64() * (xmax - xmin);
        if hs > 0.0 {
            nx = hs * (nx / hs).floor();
        }
        let mut ny = ymin + vm.rng.next_f64() * (ymax - ymin);
        if vs > 0.0 {
            ny = vs * (ny / vs).floor();
        }
        if free_at(vm, nx, ny) {
            set_position(&me, nx, ny);
            break;
        }
    }
    Ok(Value::Undefined)
}

/// Whether the caller could be at (x, y): no solid instance there, or none at all.
fn clear(vm: &Vm, x: f64, y: f64, all: bool) -> bool {
    if all {
        empty_at(vm, x, y)
    } else {
        free_at(vm, x, y)
    }
}

/// Bounces the motion off what the caller would hit. Simple bouncing reverses `hspeed` and/or
/// `vspeed` by which of the next horizontal, vertical and diagonal places is blocked; advanced
/// bouncing looks for the free directions on both sides of the motion (in 10-degree steps) and
/// mirrors the direction between them, which also handles slanted walls.
fn bounce(vm: &mut Vm, advanced: bool, all: bool) -> Result<Value> {
    let me = calling_instance(vm)?;
    let k = with_syms(|k| {
        (
            k.xprevious,
            k.yprevious,
            k.hspeed,
            k.vspeed,
            k.speed,
            k.direction,
        )
    });
    let (kxp, kyp, kh, kv, ks, kd) = k;
    let mut bounced = false;
    let (x, y) = position(&me);
    if !clear(vm, x, y, all) {
        set_position(&me, get(&me, kxp), get(&me, kyp));
        bounced = true;
    }
    let (x, y) = position(&me);
    if advanced {
        let speed = get(&me, ks);
        let dir = 10.0 * (get(&me, kd) / 10.0).round();
        let free = |d: f64| {
            let r = d.to_radians();
            clear(vm, x + speed * r.cos(), y - speed * r.sin(), all)
        };
        let (mut left, mut right) = (dir, dir);
        for _ in 1..36 {
            left -= 10.0;
            if free(left) {
                break;
            }
            bounced = true;
        }
        for _ in 1..36 {
            right += 10.0;
            if free(right) {
                break;
            }
            bounced = true;
        }
        if bounced {
            set(&me, kd, 180.0 + left + right - dir);
        }
    } else {
        let (h, v) = (get(&me, kh), get(&me, kv));
        let free_h = clear(vm, x + h, y, all);
        let free_v = clear(vm, x, y + v, all);
        let free_d = clear(vm, x + h, y + v, all);
        if (!free_h && !free_v) || (free_h && free_v && !free_d) {
            set(&me, kh, -h);
            set(&me, kv, -v);
        } else if !free_h {
            set(&me, kh, -h);
        } else if !free_v {
            set(&me, kv, -v);
        }
    }
    Ok(Value::Undefined)
}

fn move_bounce_solid(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let advanced = boolean(args, 0)?;
    bounce(vm, advanced, false)
}

fn move_bounce_all(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let advanced = boolean(args, 0)?;
    bounce(vm, advanced, true)
}

/// Most one-pixel steps one call takes: far past any room's edge, and a huge `maxdist` must not
/// turn into a loop that cannot be interrupted.
const MAX_STEPS: f64 = 1_000_000.0;

/// How many one-pixel steps a `maxdist` allows: 0 or less means up to 1000.
fn steps(maxdist: f64) -> u32 {
    if maxdist <= 0.0 || maxdist.is_nan() {
        1000
    } else {
        maxdist.round().min(MAX_STEPS) as u32
    }
}

fn unit(dir: f64) -> (f64, f64) {
    let r = dir.to_radians();
    (r.cos(), -r.sin())
}

/// Steps one pixel at a time in `dir` while the next place is clear; an instance that is not
/// clear where it stands does not move.
fn contact(vm: &mut Vm, args: &[Value], all: bool) -> Result<Value> {
    let (dir, maxdist) = (real(args, 0)?, real(args, 1)?);
    let me = calling_instance(vm)?;
    let (dx, dy) = unit(dir);
    let (mut x, mut y) = position(&me);
    if !clear(vm, x, y, all) {
        return Ok(Value::Undefined);
    }
    for _ in 0..steps(maxdist) {
        if !clear(vm, x + dx, y + dy, all) {
            break;
        }
        (x, y) = (x + dx, y + dy);
        set_position(&me, x, y);
    }
    Ok(Value::Undefined)
}

/// Steps one pixel at a time in `dir` until the place is clear (an instance already clear does
/// not move).
fn outside(vm: &mut Vm, args: &[Value], all: bool) -> Result<Value> {
    let (dir, maxdist) = (real(args, 0)?, real(args, 1)?);
    let me = calling_instance(vm)?;
    let (dx, dy) = unit(dir);
    let (mut x, mut y) = position(&me);
    for _ in 0..steps(maxdist) {
        if clear(vm, x, y, all) {
            break;
        }
        (x, y) = (x + dx, y + dy);
        set_position(&me, x, y);
    }
    Ok(Value::Undefined)
}

fn move_contact_solid(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    contact(vm, args, false)
}

fn move_contact_all(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    contact(vm, args, true)
}

fn move_outside_solid(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    outside(vm, args, false)
}

fn move_outside_all(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    outside(vm, args, true)
}

/// The distance from the caller's bounding box to (x, y): 0 inside it.
fn distance_to_point(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (px, py) = (real(args, 0)?, real(args, 1)?);
    let me = calling_instance(vm)?;
    let (l, t, r, b) = bounding_box(&me.borrow());
    let dx = if px > r { px - r } else { (px - l).min(0.0) };
    let dy = if py > b { py - b } else { (py - t).min(0.0) };
    Ok(Value::Real(dx.hypot(dy)))
}

/// The distance between the caller's bounding box and the nearest box of `obj`'s instances
/// (the caller counts if it is one); 10000000000 when there is none, as in GameMaker.
fn distance_to_object(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let me = calling_instance(vm)?;
    let (sl, st, sr, sb) = bounding_box(&me.borrow());
    let mut found = Vec::new();
    candidates(vm, arg(args, 0), &mut found);
    let mut best = 10_000_000_000.0f64;
    for other in found {
        let (l, t, r, b) = bounding_box(&other.borrow());
        let dx = if l > sr {
            l - sr
        } else if r < sl {
            r - sl
        } else {
            0.0
        };
        let dy = if t > sb {
            t - sb
        } else if b < st {
            b - st
        } else {
            0.0
        };
        best = best.min(dx.hypot(dy));
    }
    Ok(Value::Real(best))
}

/// The id of the first instance of `obj` the caller would meet at (x, y).
fn first_hit(vm: &Vm, x: f64, y: f64, obj: &Value) -> Option<Value> {
    place_hits(vm, x, y, obj).first().map(|s| {
        let id = s.borrow().instance().map_or(-4, |d| d.id);
        Value::Ref(crate::vm::value::RefKind::Instance, id)
    })
}

/// `move_and_collide(dx, dy, obj, [num_iterations], [xoff], [yoff], [x_constraint],
/// [y_constraint])`: moves by (dx, dy) in `num_iterations` (default 4) equal steps; a step that
/// would meet `obj` is tried instead at 45 degrees and more to either side of the motion (or
/// along (xoff, yoff) when given), so the instance slides along what it hits. The constraints
/// keep each coordinate within that distance of where it started. Returns the instances met,
/// each once, in the order they were met; an instance already in a collision does not move.
fn move_and_collide(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (dx, dy) = (real(args, 0)?, real(args, 1)?);
    let obj = arg(args, 2).clone();
    let steps = match arg(args, 3) {
        Value::Undefined => 4,
        _ => int(args, 3)?.max(0),
    };
    let (xoff, yoff) = (real_or(args, 4, 0.0)?, real_or(args, 5, 0.0)?);
    let (xc, yc) = (real_or(args, 6, -1.0)?, real_or(args, 7, -1.0)?);
    let me = calling_instance(vm)?;
    let mut met: Vec<Value> = Vec::new();
    let done = |met: Vec<Value>| Ok(Value::new_array(met));
    if obj.as_f64() == Some(-4.0) {
        return done(met);
    }
    let (x0, y0) = position(&me);
    if first_hit(vm, x0, y0, &obj).is_some() || (dx == 0.0 && dy == 0.0) {
        return done(met);
    }
    let clamp = |tx: f64, ty: f64| {
        let tx = if xc >= 0.0 {
            tx.clamp(x0 - xc, x0 + xc)
        } else {
            tx
        };
        let ty = if yc >= 0.0 {
            ty.clamp(y0 - yc, y0 + yc)
        } else {
            ty
        };
        (tx, ty)
    };
    let slide = if xoff == 0.0 && yoff == 0.0 {
        None
    } else {
        let len = xoff.hypot(yoff);
        Some((xoff / len, yoff / len))
    };
    let length = dx.hypot(dy);
    let (nx, ny) = (dx / length, dy / length);
    let step = length / steps as f64;
    let mut left = length;
    let r2 = std::f64::consts::FRAC_1_SQRT_2;
    for i in 0..steps {
        let this = step.min(left);
        if this <= 0.0 {
            break;
        }
        let (x, y) = position(&me);
        let (tx, ty) = clamp(x + nx * this, y + ny * this);
        let Some(hit) = first_hit(vm, tx, ty, &obj) else {
            set_position(&me, tx, ty);
            left -= this;
            continue;
        };
        note(&mut met, hit);
        // Sideways tries, wider each time: both sides of the motion, or the given direction.
        let mut moved = false;
        'tries: for j in 1..=(steps - i) {
            let j = j as f64;
            let sides: Vec<(f64, f64)> = match slide {
                None => vec![(nx + j * ny, ny - j * nx), (nx - j * ny, ny + j * nx)],
                Some((lx, ly)) => vec![(nx + j * lx, ny + j * ly)],
            };
            for (sx, sy) in sides {
                let (tx, ty) = clamp(x + r2 * sx * this, y + r2 * sy * this);
                match first_hit(vm, tx, ty, &obj) {
                    None => {
                        set_position(&me, tx, ty);
                        left -= this * j;
                        moved = true;
                        break 'tries;
                    }
                    Some(hit) => note(&mut met, hit),
                }
            }
        }
        if !moved {
            break;
        }
    }
    done(met)
}

fn note(met: &mut Vec<Value>, hit: Value) {
    if !met.iter().any(|m| m.as_f64() == hit.as_f64()) {
        met.push(hit);
    }
}
