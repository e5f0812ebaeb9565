//! Collision functions (manual: Movement And Collisions > Collisions, and the instance checks
//! `instance_place`/`instance_position`): which instances' masks meet a point, a shape, or the
//! calling instance moved somewhere. The geometry is in `runtime/collision.rs`.
//!
//! Results come in creation order; the `_list` forms append ids to a ds_list and return how
//! many, sorted by distance when `ordered` is true. `noone` (-4) means nothing was found.

use super::args::*;
use super::{Builtin, Constant};
use crate::runtime::collision::{self, shape_of, Shape};
use crate::runtime::world::FIRST_INSTANCE_ID;
use crate::vm::error::Result;
use crate::vm::value::{RefKind, StructRef, Value};
use crate::vm::Vm;
use std::rc::Rc;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("place_meeting", 3, 3, place_meeting),
    Builtin::new("place_free", 2, 2, place_free),
    Builtin::new("place_empty", 2, 3, place_empty),
    Builtin::new("instance_place", 3, 3, instance_place),
    Builtin::new("instance_place_list", 5, 5, instance_place_list),
    Builtin::new("position_meeting", 3, 3, position_meeting),
    Builtin::new("position_empty", 2, 2, position_empty),
    Builtin::new("instance_position", 3, 3, instance_position),
    Builtin::new("instance_position_list", 5, 5, instance_position_list),
    Builtin::new("collision_point", 5, 5, collision_point),
    Builtin::new("collision_point_list", 7, 7, collision_point_list),
    Builtin::new("collision_rectangle", 7, 7, collision_rectangle),
    Builtin::new("collision_rectangle_list", 9, 9, collision_rectangle_list),
    Builtin::new("collision_circle", 6, 6, collision_circle),
    Builtin::new("collision_circle_list", 8, 8, collision_circle_list),
    Builtin::new("collision_ellipse", 7, 7, collision_ellipse),
    Builtin::new("collision_ellipse_list", 9, 9, collision_ellipse_list),
    Builtin::new("collision_line", 7, 7, collision_line),
    Builtin::new("collision_line_list", 9, 9, collision_line_list),
];

pub const CONSTANTS: &[Constant] = &[];

const NOONE: f64 = -4.0;

fn is_live_instance(s: &StructRef) -> bool {
    s.borrow().instance().is_some_and(|d| d.is_active())
}

fn push_unique(out: &mut Vec<StructRef>, s: StructRef) {
    if is_live_instance(&s) && !out.iter().any(|o| Rc::ptr_eq(o, &s)) {
        out.push(s);
    }
}

/// The instances an `obj` argument names: an object (with its children), an instance, `all`,
/// `other`, `self`, or an array of these. `noone` and anything else name none.
pub(crate) fn candidates(vm: &Vm, v: &Value, out: &mut Vec<StructRef>) {
    match v {
        Value::Ref(RefKind::Object, o) => {
            for s in vm.world.instances_of(*o as usize) {
                push_unique(out, s);
            }
        }
        Value::Ref(RefKind::Instance, id) => {
            if let Some(s) = vm.world.get_live(*id) {
                push_unique(out, s);
            }
        }
        Value::Struct(s) => push_unique(out, s.clone()),
        // An array lists objects and instances (one level: GameMaker does not look into nested
        // arrays, and a self-containing array must not recurse forever).
        Value::Array(a) => {
            for item in a.borrow().clone() {
                if !matches!(item, Value::Array(_)) {
                    candidates(vm, &item, out);
                }
            }
        }
        _ => match v.as_f64().map(|r| r as i64) {
            Some(-3) => {
                for s in vm.world.live() {
                    push_unique(out, s.clone());
                }
            }
            Some(-2) => push_unique(out, vm.current_other()),
            Some(-1) => push_unique(out, vm.current_self()),
            Some(n) if n >= FIRST_INSTANCE_ID => {
                if let Some(s) = vm.world.get_live(n) {
                    push_unique(out, s);
                }
            }
            Some(n) if n >= 0 && (n as usize) < vm.world.objects.len() => {
                for s in vm.world.instances_of(n as usize) {
                    push_unique(out, s);
                }
            }
            _ => {}
        },
    }
}

fn id_value(s: &StructRef) -> Value {
    match s.borrow().instance() {
        Some(d) => Value::Ref(RefKind::Instance, d.id),
        None => Value::Real(NOONE),
    }
}

/// The instances among `obj`'s that `hit` accepts, in creation order, skipping `exclude`.
fn find_all(
    vm: &Vm,
    obj: &Value,
    exclude: Option<&StructRef>,
    mut hit: impl FnMut(&Shape) -> bool,
) -> Vec<StructRef> {
    let mut cands = Vec::new();
    candidates(vm, obj, &mut cands);
    cands
        .into_iter()
        .filter(|c| !exclude.is_some_and(|e| Rc::ptr_eq(e, c)))
        .filter(|c| shape_of(&c.borrow(), None).is_some_and(|s| hit(&s)))
        .collect()
}

fn first_id(found: &[StructRef]) -> Value {
    found.first().map_or(Value::Real(NOONE), id_value)
}

/// Appends the ids to a ds_list (sorted by distance from (px, py) when `ordered`); returns how
/// many were found.
fn append_list(
    vm: &mut Vm,
    list: i64,
    mut found: Vec<StructRef>,
    ordered: bool,
    (px, py): (f64, f64),
) -> Result<Value> {
    if ordered {
        let dist = |s: &StructRef| {
            let b = s.borrow();
            let get = |n: &str| {
                b.get(crate::vm::intern::Sym::intern(n))
                    .and_then(|v| v.as_f64())
                    .unwrap_or(0.0)
            };
            let (dx, dy) = (get("x") - px, get("y") - py);
            dx * dx + dy * dy
        };
        found.sort_by(|a, b| dist(a).total_cmp(&dist(b)));
    }
    let n = found.len();
    let items = vm.ds.list_mut(list)?;
    for s in &found {
        items
            .items
            .push(crate::builtins::ds::list::Item::plain(id_value(s)));
    }
    Ok(Value::Real(n as f64))
}

/// The calling instance and its shape moved to (x, y), if it is an instance with a mask.
fn mover(vm: &Vm, x: f64, y: f64) -> Option<(StructRef, Shape)> {
    let me = vm.current_self();
    let shape = shape_of(&me.borrow(), Some((x, y)))?;
    Some((me, shape))
}

/// Instances of `obj` the caller would meet at (x, y) (precise, the caller excluded).
pub(crate) fn place_hits(vm: &Vm, x: f64, y: f64, obj: &Value) -> Vec<StructRef> {
    let Some((me, shape)) = mover(vm, x, y) else {
        return Vec::new();
    };
    find_all(vm, obj, Some(&me), |s| {
        collision::shapes_collide(&shape, s, true)
    })
}

fn place_meeting(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (x, y) = (real(args, 0)?, real(args, 1)?);
    Ok(Value::Bool(!place_hits(vm, x, y, arg(args, 2)).is_empty()))
}

fn instance_place(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (x, y) = (real(args, 0)?, real(args, 1)?);
    Ok(first_id(&place_hits(vm, x, y, arg(args, 2))))
}

fn instance_place_list(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (x, y) = (real(args, 0)?, real(args, 1)?);
    let list = crate::builtins::ds::list::list_id(args, 3)?;
    vm.ds.list(list)?;
    let found = place_hits(vm, x, y, arg(args, 2));
    append_list(vm, list, found, boolean(args, 4)?, (x, y))
}

/// No solid instance would meet the caller at (x, y).
pub(crate) fn free_at(vm: &Vm, x: f64, y: f64) -> bool {
    let solid = crate::vm::intern::Sym::intern("solid");
    let hits = place_hits(vm, x, y, &Value::Real(-3.0));
    !hits.iter().any(|s| {
        s.borrow()
            .get(solid)
            .is_some_and(|v| crate::vm::ops::truthy(v).unwrap_or(false))
    })
}

/// No instance at all would meet the caller at (x, y).
pub(crate) fn empty_at(vm: &Vm, x: f64, y: f64) -> bool {
    place_hits(vm, x, y, &Value::Real(-3.0)).is_empty()
}

fn place_free(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (x, y) = (real(args, 0)?, real(args, 1)?);
    Ok(Value::Bool(free_at(vm, x, y)))
}

/// No instance (of `obj`, default all) would meet the caller at (x, y).
fn place_empty(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (x, y) = (real(args, 0)?, real(args, 1)?);
    let obj = args.get(2).cloned().unwrap_or(Value::Real(-3.0));
    Ok(Value::Bool(place_hits(vm, x, y, &obj).is_empty()))
}

fn position_hits(vm: &Vm, x: f64, y: f64, obj: &Value) -> Vec<StructRef> {
    find_all(vm, obj, None, |s| collision::point_in(s, x, y, true))
}

fn position_meeting(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (x, y) = (real(args, 0)?, real(args, 1)?);
    Ok(Value::Bool(
        !position_hits(vm, x, y, arg(args, 2)).is_empty(),
    ))
}

fn position_empty(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (x, y) = (real(args, 0)?, real(args, 1)?);
    Ok(Value::Bool(
        position_hits(vm, x, y, &Value::Real(-3.0)).is_empty(),
    ))
}

fn instance_position(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (x, y) = (real(args, 0)?, real(args, 1)?);
    Ok(first_id(&position_hits(vm, x, y, arg(args, 2))))
}

fn instance_position_list(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (x, y) = (real(args, 0)?, real(args, 1)?);
    let list = crate::builtins::ds::list::list_id(args, 3)?;
    vm.ds.list(list)?;
    let found = position_hits(vm, x, y, arg(args, 2));
    append_list(vm, list, found, boolean(args, 4)?, (x, y))
}

/// A `collision_*` call: the shape test, the object argument at `obj`, then `prec`, `notme`
/// (and for the `_list` forms `list`, `ordered`), with the point distances are measured from.
struct Check<F: Fn(&Shape, bool) -> bool> {
    test: F,
    obj: usize,
    origin: (f64, f64),
}

impl<F: Fn(&Shape, bool) -> bool> Check<F> {
    fn found(&self, vm: &Vm, args: &[Value]) -> Result<Vec<StructRef>> {
        let prec = boolean(args, self.obj + 1)?;
        let notme = boolean(args, self.obj + 2)?;
        let me = vm.current_self();
        let exclude = notme.then_some(&me);
        Ok(find_all(vm, arg(args, self.obj), exclude, |s| {
            (self.test)(s, prec)
        }))
    }
    fn first(&self, vm: &Vm, args: &[Value]) -> Result<Value> {
        Ok(first_id(&self.found(vm, args)?))
    }
    fn list(&self, vm: &mut Vm, args: &[Value]) -> Result<Value> {
        let list = crate::builtins::ds::list::list_id(args, self.obj + 3)?;
        vm.ds.list(list)?;
        let found = self.found(vm, args)?;
        let ordered = boolean(args, self.obj + 4)?;
        append_list(vm, list, found, ordered, self.origin)
    }
}

fn point_check(args: &[Value]) -> Result<Check<impl Fn(&Shape, bool) -> bool>> {
    let (x, y) = (real(args, 0)?, real(args, 1)?);
    Ok(Check {
        test: move |s: &Shape, p| collision::point_in(s, x, y, p),
        obj: 2,
        origin: (x, y),
    })
}

fn collision_point(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    point_check(args)?.first(vm, args)
}
fn collision_point_list(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    point_check(args)?.list(vm, args)
}

fn four(args: &[Value]) -> Result<(f64, f64, f64, f64)> {
    Ok((
        real(args, 0)?,
        real(args, 1)?,
        real(args, 2)?,
        real(args, 3)?,
    ))
}

fn rectangle_check(args: &[Value]) -> Result<Check<impl Fn(&Shape, bool) -> bool>> {
    let (x1, y1, x2, y2) = four(args)?;
    Ok(Check {
        test: move |s: &Shape, p| collision::rectangle_hits(s, x1, y1, x2, y2, p),
        obj: 4,
        origin: ((x1 + x2) / 2.0, (y1 + y2) / 2.0),
    })
}

fn collision_rectangle(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    rectangle_check(args)?.first(vm, args)
}
fn collision_rectangle_list(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    rectangle_check(args)?.list(vm, args)
}

fn ellipse_check(args: &[Value]) -> Result<Check<impl Fn(&Shape, bool) -> bool>> {
    let (x1, y1, x2, y2) = four(args)?;
    Ok(Check {
        test: move |s: &Shape, p| collision::ellipse_hits(s, x1, y1, x2, y2, p),
        obj: 4,
        origin: ((x1 + x2) / 2.0, (y1 + y2) / 2.0),
    })
}

fn collision_ellipse(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    ellipse_check(args)?.first(vm, args)
}
fn collision_ellipse_list(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    ellipse_check(args)?.list(vm, args)
}

fn circle_check(args: &[Value]) -> Result<Check<impl Fn(&Shape, bool) -> bool>> {
    let (x, y, r) = (real(args, 0)?, real(args, 1)?, real(args, 2)?.abs());
    Ok(Check {
        test: move |s: &Shape, p| collision::ellipse_hits(s, x - r, y - r, x + r, y + r, p),
        obj: 3,
        origin: (x, y),
    })
}

fn collision_circle(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    circle_check(args)?.first(vm, args)
}
fn collision_circle_list(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    circle_check(args)?.list(vm, args)
}

fn line_check(args: &[Value]) -> Result<Check<impl Fn(&Shape, bool) -> bool>> {
    let (x1, y1, x2, y2) = four(args)?;
    Ok(Check {
        test: move |s: &Shape, p| collision::line_hits(s, x1, y1, x2, y2, p),
        obj: 4,
        origin: (x1, y1),
    })
}

fn collision_line(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    line_check(args)?.first(vm, args)
}
fn collision_line_list(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    line_check(args)?.list(vm, args)
}
