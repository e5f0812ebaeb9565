//! Motion planning functions (manual: Movement And Collisions > Motion Planning): stepping the
//! calling instance towards a goal (straight, or round obstacles with a potential field),
//! computing whole paths the same way, and grids searched for the shortest way
//! (`runtime/motion_planning.rs`).
//!
//! As in GameMaker's runners: the `_object` forms avoid the instances of one object (the caller
//! must not meet any there, as `instance_place` tests); the others avoid solid instances
//! (`place_free`) or, when `checkall` is true, every instance (`place_empty`). A step that
//! moves also points `direction` along the move. The path functions try the steps without moving
//! the instance and put what they found in the path, even when the goal was not reached.

use super::args::*;
use super::collisions::{candidates, empty_at, free_at, place_hits};
use super::instances::calling_instance;
use super::paths::path_arg;
use super::Builtin;
use crate::runtime::collision::{rectangle_hits, shape_of};
use crate::runtime::instance::{set_builtin, with_syms};
use crate::runtime::instance_sprite::bounding_box;
use crate::runtime::motion_planning::{MpGrid, PotentialSettings, FORBIDDEN};
use crate::vm::error::{Error, Result};
use crate::vm::value::{StructRef, Value};
use crate::vm::Vm;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("mp_grid_create", 6, 6, mp_grid_create),
    Builtin::new("mp_grid_destroy", 1, 1, mp_grid_destroy),
    Builtin::new("mp_grid_clear_all", 1, 1, mp_grid_clear_all),
    Builtin::new("mp_grid_clear_cell", 3, 3, mp_grid_clear_cell),
    Builtin::new("mp_grid_clear_rectangle", 5, 5, mp_grid_clear_rectangle),
    Builtin::new("mp_grid_add_cell", 3, 3, mp_grid_add_cell),
    Builtin::new("mp_grid_add_rectangle", 5, 5, mp_grid_add_rectangle),
    Builtin::new("mp_grid_add_instances", 3, 3, mp_grid_add_instances),
    Builtin::new("mp_grid_get_cell", 3, 3, mp_grid_get_cell),
    Builtin::new("mp_grid_path", 7, 7, mp_grid_path),
    Builtin::new("mp_grid_to_ds_grid", 2, 2, mp_grid_to_ds_grid),
    Builtin::new("mp_linear_step", 4, 4, mp_linear_step),
    Builtin::new("mp_linear_step_object", 4, 4, mp_linear_step_object),
    Builtin::new("mp_potential_step", 4, 4, mp_potential_step),
    Builtin::new("mp_potential_step_object", 4, 4, mp_potential_step_object),
    Builtin::new("mp_potential_settings", 4, 4, mp_potential_settings),
    Builtin::new("mp_linear_path", 5, 5, mp_linear_path),
    Builtin::new("mp_linear_path_object", 5, 5, mp_linear_path_object),
    Builtin::new("mp_potential_path", 6, 6, mp_potential_path),
    Builtin::new("mp_potential_path_object", 6, 6, mp_potential_path_object),
];

/// Largest number of cells a grid may have (a guard against runaway sizes).
const MAX_CELLS: i64 = 64 * 1024 * 1024;

/// The most steps a path function tries before giving up (a tiny step over a long way would
/// otherwise run for ever).
const MAX_PATH_STEPS: usize = 100_000;

// ---- grids --------------------------------------------------------------------------------------

fn mp_grid_create(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (left, top) = (int(args, 0)?, int(args, 1)?);
    let (h, v) = (int(args, 2)?.max(0), int(args, 3)?.max(0));
    let (cw, ch) = (int(args, 4)?, int(args, 5)?);
    if cw <= 0 || ch <= 0 {
        return Err(Error::msg(format!(
            "mp_grid_create: the cell width and height must be at least 1 (got {cw} x {ch})"
        )));
    }
    if h.saturating_mul(v) > MAX_CELLS {
        return Err(Error::msg(format!(
            "mp_grid_create: {h} x {v} cells is too many (at most {MAX_CELLS})"
        )));
    }
    let grid = MpGrid::new(left, top, h, v, cw, ch);
    Ok(Value::Real(
        vm.world.motion_planning.grids.insert(grid) as f64
    ))
}

fn grid_id(args: &[Value]) -> Result<i64> {
    super::ds::handle(args, 0, "mp_grid")
}

/// The grid an argument names; an error naming the function when there is none.
fn grid<'a>(vm: &'a mut Vm, args: &[Value]) -> Result<&'a mut MpGrid> {
    let id = grid_id(args)?;
    let name = vm.current_native;
    vm.world
        .motion_planning
        .grids
        .get_mut(id)
        .ok_or_else(|| Error::msg(format!("{name}: invalid mp_grid ID ({id})")))
}

fn mp_grid_destroy(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let id = grid_id(args)?;
    vm.world.motion_planning.grids.remove(id);
    Ok(Value::Undefined)
}

fn mp_grid_clear_all(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    grid(vm, args)?.clear_all();
    Ok(Value::Undefined)
}

fn set_cell(vm: &mut Vm, args: &[Value], v: i32) -> Result<Value> {
    let (h, cv) = (int(args, 1)?, int(args, 2)?);
    grid(vm, args)?.set(h, cv, v);
    Ok(Value::Undefined)
}

fn mp_grid_clear_cell(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    set_cell(vm, args, 0)
}

fn mp_grid_add_cell(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    set_cell(vm, args, FORBIDDEN)
}

/// The cells a room rectangle touches (its coordinates truncated to whole numbers).
fn set_rectangle(vm: &mut Vm, args: &[Value], v: i32) -> Result<Value> {
    let (x1, y1) = (int(args, 1)? as f64, int(args, 2)? as f64);
    let (x2, y2) = (int(args, 3)? as f64, int(args, 4)? as f64);
    grid(vm, args)?.set_rectangle(x1, y1, x2, y2, v);
    Ok(Value::Undefined)
}

fn mp_grid_clear_rectangle(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    set_rectangle(vm, args, 0)
}

fn mp_grid_add_rectangle(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    set_rectangle(vm, args, FORBIDDEN)
}

/// Forbids the cells the instances' bounding boxes overlap (a box edge exactly on a cell border
/// does not reach into the next cell); with `prec`, only the cells their masks meet.
fn mp_grid_add_instances(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let prec = boolean(args, 2)?;
    grid(vm, args)?;
    let mut found = Vec::new();
    candidates(vm, arg(args, 1), &mut found);
    let id = grid_id(args)?;
    let Some(g) = vm.world.motion_planning.grids.get_mut(id) else {
        return Ok(Value::Undefined);
    };
    const EDGE: f64 = 0.0001;
    for inst in found {
        let b = inst.borrow();
        let (l, t, r, bt) = bounding_box(&b);
        let shape = if prec { shape_of(&b, None) } else { None };
        if prec && shape.is_none() {
            continue;
        }
        let (c1, c2) = (
            g.column(l + EDGE).max(0),
            g.column(r - EDGE).min(g.hcells - 1),
        );
        let (r1, r2) = (g.row(t + EDGE).max(0), g.row(bt - EDGE).min(g.vcells - 1));
        for cx in c1..=c2 {
            for cy in r1..=r2 {
                if let Some(s) = &shape {
                    if g.get(cx, cy) < 0 {
                        continue;
                    }
                    let x1 = (g.left + cx * g.cell_w) as f64;
                    let y1 = (g.top + cy * g.cell_h) as f64;
                    let x2 = x1 + g.cell_w as f64 - 1.0;
                    let y2 = y1 + g.cell_h as f64 - 1.0;
                    if !rectangle_hits(s, x1, y1, x2, y2, true) {
                        continue;
                    }
                }
                g.set(cx, cy, FORBIDDEN);
            }
        }
    }
    Ok(Value::Undefined)
}

/// A cell's value: 0 free, -1 forbidden (and -1 outside the grid or for no grid).
fn mp_grid_get_cell(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (h, v) = (int(args, 1)?, int(args, 2)?);
    let id = grid_id(args)?;
    let cell = vm
        .world
        .motion_planning
        .grids
        .get(id)
        .map_or(FORBIDDEN, |g| g.get(h, v));
    Ok(Value::Real(cell as f64))
}

/// `mp_grid_path(grid, path, xstart, ystart, xgoal, ygoal, allowdiag)`: true and the path set
/// when a way was found; false and the path unchanged otherwise.
fn mp_grid_path(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let path = path_arg(args, 1)?;
    let (xs, ys) = (int(args, 2)?, int(args, 3)?);
    let (xg, yg) = (int(args, 4)?, int(args, 5)?);
    let diagonal = boolean(args, 6)?;
    let id = grid_id(args)?;
    let Some(path) = path.filter(|&p| vm.assets.path(p).is_some()) else {
        return Ok(Value::Bool(false));
    };
    let Some(g) = vm.world.motion_planning.grids.get_mut(id) else {
        return Ok(Value::Bool(false));
    };
    let Some(points) = g.find_path(xs, ys, xg, yg, diagonal) else {
        return Ok(Value::Bool(false));
    };
    if let Some(p) = vm.assets.path_mut(path) {
        p.set_route(&points);
    }
    Ok(Value::Bool(true))
}

/// Copies the cells (0 or -1) into a ds_grid of the same size.
fn mp_grid_to_ds_grid(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let src = grid_id(args)?;
    let dest = super::ds::handle(args, 1, "ds_grid")?;
    let invalid = || Error::msg("mp_grid_to_ds_grid: invalid source or destination grid");
    let g = vm
        .world
        .motion_planning
        .grids
        .get(src)
        .ok_or_else(invalid)?;
    let d = vm.ds.grids.get_mut(dest).ok_or_else(invalid)?;
    if d.width as i64 != g.hcells || d.height as i64 != g.vcells {
        return Err(Error::msg(format!(
            "mp_grid_to_ds_grid: the grids' sizes differ ({} x {} and {} x {})",
            g.hcells, g.vcells, d.width, d.height
        )));
    }
    // Both are column-major.
    for (cell, v) in d.cells.iter_mut().zip(g.cells()) {
        *cell = Value::Real(*v as f64);
    }
    Ok(Value::Undefined)
}

// ---- steps and paths ----------------------------------------------------------------------------

/// What the caller must not meet.
enum Avoid {
    /// Solid instances (`place_free`).
    Solid,
    /// Any instance (`place_empty`).
    All,
    /// The instances an object argument names.
    Object(Value),
}

/// The calling instance, moved about by the planning functions: its position and direction
/// are kept here and written back only by the step functions.
struct Mover<'a> {
    vm: &'a Vm,
    avoid: Avoid,
    x: f64,
    y: f64,
    dir: f64,
    settings: PotentialSettings,
}

impl<'a> Mover<'a> {
    fn new(vm: &'a Vm, avoid: Avoid) -> Result<Mover<'a>> {
        let me = calling_instance(vm)?;
        let (x, y, dir) = with_syms(|k| (get(&me, k.x), get(&me, k.y), get(&me, k.direction)));
        Ok(Mover {
            vm,
            avoid,
            x,
            y,
            dir,
            settings: vm.world.motion_planning.potential,
        })
    }

    fn free(&self, x: f64, y: f64) -> bool {
        match &self.avoid {
            Avoid::Solid => free_at(self.vm, x, y),
            Avoid::All => empty_at(self.vm, x, y),
            Avoid::Object(o) => place_hits(self.vm, x, y, o).is_empty(),
        }
    }

    /// One step of at most `step` straight towards the goal, if the place there is free;
    /// returns whether the goal is reached (or would be, were the place free).
    fn linear_step(&mut self, gx: f64, gy: f64, step: f64) -> bool {
        if self.x == gx && self.y == gy {
            return true;
        }
        let dist = ((self.x - gx).powi(2) + (self.y - gy).powi(2)).sqrt();
        let (nx, ny, reached) = if dist <= step {
            (gx, gy, true)
        } else {
            (
                self.x + step * (gx - self.x) / dist,
                self.y + step * (gy - self.y) / dist,
                false,
            )
        };
        if self.free(nx, ny) {
            self.move_to(nx, ny);
        }
        reached
    }

    fn move_to(&mut self, nx: f64, ny: f64) {
        self.dir = super::maths::direction_between(self.x, self.y, nx, ny);
        (self.x, self.y) = (nx, ny);
    }

    /// One step round obstacles: the goal when it is within a step (if free there); otherwise
    /// the direction nearest the goal's (alternately on either side, `rotation_step` apart)
    /// that turns at most `max_rotation` and is free a step and `ahead` steps away. When none
    /// is, the instance turns on the spot (if set to). Returns whether the goal is reached.
    fn potential_step(&mut self, gx: f64, gy: f64, step: f64) -> bool {
        if self.x == gx && self.y == gy {
            return true;
        }
        let dist = ((self.x - gx).powi(2) + (self.y - gy).powi(2)).sqrt();
        if dist <= step {
            if self.free(gx, gy) {
                self.move_to(gx, gy);
            }
            return true;
        }
        let goal_dir = super::maths::direction_between(self.x, self.y, gx, gy);
        let mut turn = 0.0;
        while turn < 180.0 {
            if self.try_direction(goal_dir - turn, step)
                || self.try_direction(goal_dir + turn, step)
            {
                return false;
            }
            turn += self.settings.rotation_step;
        }
        if self.settings.on_spot {
            self.dir = (self.dir + self.settings.max_rotation).rem_euclid(360.0);
        }
        false
    }

    fn try_direction(&mut self, dir: f64, step: f64) -> bool {
        if angle_between(dir, self.dir) > self.settings.max_rotation {
            return false;
        }
        let (c, s) = (dir.to_radians().cos(), dir.to_radians().sin());
        let ahead = step * self.settings.ahead;
        if !self.free(self.x + ahead * c, self.y - ahead * s) {
            return false;
        }
        let (nx, ny) = (self.x + step * c, self.y - step * s);
        if !self.free(nx, ny) {
            return false;
        }
        self.dir = dir.rem_euclid(360.0);
        (self.x, self.y) = (nx, ny);
        true
    }

    /// Writes the position and direction back to the caller (what changed).
    fn write_back(&self) -> Result<()> {
        let me = calling_instance(self.vm)?;
        let mut b = me.borrow_mut();
        with_syms(|k| {
            for (name, v) in [(k.direction, self.dir), (k.x, self.x), (k.y, self.y)] {
                let old = b.get(name).and_then(|v| v.as_f64());
                if old != Some(v) {
                    set_builtin(&mut b, name, &Value::Real(v));
                }
            }
        });
        Ok(())
    }
}

/// The angle between two directions, 0 to 180.
fn angle_between(a: f64, b: f64) -> f64 {
    let d = (b.rem_euclid(360.0) - a.rem_euclid(360.0)).abs();
    if d > 180.0 {
        360.0 - d
    } else {
        d
    }
}

fn get(s: &StructRef, k: crate::vm::intern::Sym) -> f64 {
    s.borrow().get(k).and_then(|v| v.as_f64()).unwrap_or(0.0)
}

/// `checkall` (argument `i`): every instance, or only solid ones.
fn avoid_flag(args: &[Value], i: usize) -> Result<Avoid> {
    Ok(if boolean(args, i)? {
        Avoid::All
    } else {
        Avoid::Solid
    })
}

fn step(vm: &mut Vm, args: &[Value], avoid: Avoid, potential: bool) -> Result<Value> {
    let (gx, gy, size) = (real(args, 0)?, real(args, 1)?, real(args, 2)?);
    let mut m = Mover::new(vm, avoid)?;
    let reached = if potential {
        m.potential_step(gx, gy, size)
    } else {
        m.linear_step(gx, gy, size)
    };
    m.write_back()?;
    Ok(Value::Bool(reached))
}

fn mp_linear_step(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let avoid = avoid_flag(args, 3)?;
    step(vm, args, avoid, false)
}

fn mp_linear_step_object(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    step(vm, args, Avoid::Object(arg(args, 3).clone()), false)
}

fn mp_potential_step(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let avoid = avoid_flag(args, 3)?;
    step(vm, args, avoid, true)
}

fn mp_potential_step_object(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    step(vm, args, Avoid::Object(arg(args, 3).clone()), true)
}

/// `mp_potential_settings(maxrot, rotstep, ahead, onspot)`: the first three at least 1.
fn mp_potential_settings(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = PotentialSettings {
        max_rotation: real(args, 0)?.max(1.0),
        rotation_step: real(args, 1)?.max(1.0),
        ahead: real(args, 2)?.max(1.0),
        on_spot: boolean(args, 3)?,
    };
    vm.world.motion_planning.potential = s;
    Ok(Value::Undefined)
}

/// The path an argument names, if it exists.
fn existing_path(vm: &Vm, args: &[Value]) -> Result<Option<i64>> {
    Ok(path_arg(args, 0)?.filter(|&p| vm.assets.path(p).is_some()))
}

/// `mp_linear_path(path, xgoal, ygoal, stepsize, checkall)`: the straight steps from the
/// caller towards the goal, until it is reached or the way is blocked.
fn linear_path(vm: &mut Vm, args: &[Value], avoid: Avoid) -> Result<Value> {
    let (gx, gy, size) = (real(args, 1)?, real(args, 2)?, real(args, 3)?);
    let Some(path) = existing_path(vm, args)? else {
        return Ok(Value::Bool(false));
    };
    if size <= 0.0 {
        return Ok(Value::Bool(false));
    }
    let mut m = Mover::new(vm, avoid)?;
    let mut points = vec![(m.x, m.y)];
    let mut reached = false;
    for _ in 0..MAX_PATH_STEPS {
        let (ox, oy) = (m.x, m.y);
        if m.linear_step(gx, gy, size) {
            reached = true;
            break;
        }
        if m.x == ox && m.y == oy {
            break;
        }
        points.push((m.x, m.y));
    }
    store_route(vm, path, points, reached.then_some((gx, gy)))
}

/// The end of `mp_linear_path` and `mp_potential_path`: the path becomes the steps taken, plus
/// the goal when it was reached; the result says whether it was.
fn store_route(
    vm: &mut Vm,
    path: i64,
    mut points: Vec<(f64, f64)>,
    goal: Option<(f64, f64)>,
) -> Result<Value> {
    points.extend(goal);
    if let Some(p) = vm.assets.path_mut(path) {
        p.set_route(&points);
    }
    Ok(Value::Bool(goal.is_some()))
}

fn mp_linear_path(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let avoid = avoid_flag(args, 4)?;
    linear_path(vm, args, avoid)
}

fn mp_linear_path_object(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    linear_path(vm, args, Avoid::Object(arg(args, 4).clone()))
}

/// `mp_potential_path(path, xgoal, ygoal, stepsize, factor, checkall)`: the potential-field
/// steps from the caller to the goal; it fails once the path is longer than `factor` times the
/// straight distance, or after 100 steps in a row that do not move.
fn potential_path(vm: &mut Vm, args: &[Value], avoid: Avoid) -> Result<Value> {
    let (gx, gy) = (real(args, 1)?, real(args, 2)?);
    let (size, factor) = (real(args, 3)?, real(args, 4)?);
    let Some(path) = existing_path(vm, args)? else {
        return Ok(Value::Bool(false));
    };
    if factor < 1.0 || size <= 0.0 {
        return Ok(Value::Bool(false));
    }
    let mut m = Mover::new(vm, avoid)?;
    let max_len = ((gx - m.x).powi(2) + (gy - m.y).powi(2)).sqrt() * factor;
    let mut points = vec![(m.x, m.y)];
    let mut length = 0.0;
    let mut still = 0;
    let mut reached = false;
    for _ in 0..MAX_PATH_STEPS {
        if m.potential_step(gx, gy, size) {
            reached = true;
            break;
        }
        let &(px, py) = points.last().unwrap_or(&(m.x, m.y));
        points.push((m.x, m.y));
        let before = length;
        length += ((m.x - px).powi(2) + (m.y - py).powi(2)).sqrt();
        if length > max_len {
            break;
        }
        if length == before {
            still += 1;
            if still > 100 {
                break;
            }
        } else {
            still = 0;
        }
    }
    store_route(vm, path, points, reached.then_some((gx, gy)))
}

fn mp_potential_path(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let avoid = avoid_flag(args, 5)?;
    potential_path(vm, args, avoid)
}

fn mp_potential_path_object(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    potential_path(vm, args, Avoid::Object(arg(args, 5).clone()))
}
