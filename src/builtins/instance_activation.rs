//! Deactivating and activating instances (manual: Instances > Deactivating Instances).
//!
//! A deactivated instance stays in the world but nothing processes it: no event runs for it,
//! `with`, collisions, `instance_exists`, `instance_number` and `instance_count` do not see it.
//! Code that holds its id can still read and write its variables (the manual's one exception).
//! Leaving a non-persistent room discards deactivated instances, persistent ones included, as
//! the manual warns; a persistent room keeps them, still deactivated.
//!
//! The state changes at once, as in GameMaker's HTML5 runner (the manual says "at the end of the
//! event"; doing it at once gives the same result for the usual pattern of deactivating
//! everything and then activating a region in one event).

use super::args::*;
use super::Builtin;
use crate::runtime::instance_sprite::bounding_box;
use crate::runtime::world::FIRST_INSTANCE_ID;
use crate::vm::error::Result;
use crate::vm::value::{RefKind, StructRef, Value};
use crate::vm::Vm;
use std::rc::Rc;

/// The trailing `collision_space` argument of each function is accepted and ignored: there is
/// one collision space in a headless runner.
pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("instance_deactivate_all", 1, 2, instance_deactivate_all),
    Builtin::new(
        "instance_deactivate_object",
        1,
        2,
        instance_deactivate_object,
    ),
    Builtin::new(
        "instance_deactivate_region",
        6,
        7,
        instance_deactivate_region,
    ),
    Builtin::new("instance_deactivate_layer", 1, 1, instance_deactivate_layer),
    Builtin::new("instance_activate_all", 0, 1, instance_activate_all),
    Builtin::new("instance_activate_object", 1, 2, instance_activate_object),
    Builtin::new("instance_activate_region", 5, 6, instance_activate_region),
    Builtin::new("instance_activate_layer", 1, 1, instance_activate_layer),
];

/// Sets the deactivated flag of every instance `pick` chooses among those in the other state.
fn switch(vm: &Vm, deactivate: bool, pick: impl Fn(&StructRef) -> bool) {
    for inst in &vm.world.instances {
        let candidate = inst
            .borrow()
            .instance()
            .is_some_and(|d| !d.destroyed && d.deactivated != deactivate);
        if candidate && pick(inst) {
            if let Some(d) = inst.borrow_mut().instance_mut() {
                d.deactivated = deactivate;
            }
        }
    }
}

/// Whether `v` (an object, an instance, `all`) names `inst`; an object names its children's
/// instances too.
fn names(vm: &Vm, v: &Value, inst: &StructRef) -> bool {
    let Some((id, object)) = inst.borrow().instance().map(|d| (d.id, d.object_index)) else {
        return false;
    };
    match v {
        Value::Ref(RefKind::Object, o) => vm.world.is_a(object, *o as usize),
        Value::Ref(RefKind::Instance, i) => *i == id,
        Value::Struct(s) => Rc::ptr_eq(s, inst),
        Value::Real(_) | Value::Int32(_) | Value::Int64(_) => {
            let n = v.as_f64().unwrap_or(-1.0) as i64;
            match n {
                -3 => true,
                n if n >= FIRST_INSTANCE_ID => n == id,
                n if n >= 0 => vm.world.is_a(object, n as usize),
                _ => false,
            }
        }
        _ => false,
    }
}

fn is_caller(vm: &Vm, inst: &StructRef) -> bool {
    Rc::ptr_eq(inst, &vm.current_self())
}

fn instance_deactivate_all(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let notme = boolean(args, 0)?;
    switch(vm, true, |i| !(notme && is_caller(vm, i)));
    Ok(Value::Undefined)
}

fn instance_activate_all(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    switch(vm, false, |_| true);
    Ok(Value::Undefined)
}

fn instance_deactivate_object(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let target = arg(args, 0).clone();
    switch(vm, true, |i| names(vm, &target, i));
    Ok(Value::Undefined)
}

fn instance_activate_object(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let target = arg(args, 0).clone();
    switch(vm, false, |i| names(vm, &target, i));
    Ok(Value::Undefined)
}

/// Whether the instance is inside the region (its bounding box overlaps it; an instance
/// without a sprite or mask is inside when its position is). The region's right and bottom
/// edges are `left + width - 1` and `top + height - 1`, as in GameMaker.
fn in_region(inst: &StructRef, left: f64, top: f64, width: f64, height: f64) -> bool {
    let (l, t, r, b) = bounding_box(&inst.borrow());
    let (right, bottom) = (left + width - 1.0, top + height - 1.0);
    !(left > r || right < l || top > b || bottom < t)
}

fn region_args(args: &[Value]) -> Result<(f64, f64, f64, f64, bool)> {
    Ok((
        real(args, 0)?,
        real(args, 1)?,
        real(args, 2)?,
        real(args, 3)?,
        boolean(args, 4)?,
    ))
}

fn instance_deactivate_region(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (l, t, w, h, inside) = region_args(args)?;
    let notme = boolean(args, 5)?;
    switch(vm, true, |i| {
        in_region(i, l, t, w, h) == inside && !(notme && is_caller(vm, i))
    });
    Ok(Value::Undefined)
}

fn instance_activate_region(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (l, t, w, h, inside) = region_args(args)?;
    switch(vm, false, |i| in_region(i, l, t, w, h) == inside);
    Ok(Value::Undefined)
}

/// The ids of the instances on a layer (given by id or name); None if there is no such layer.
fn layer_instances(vm: &Vm, args: &[Value]) -> Result<Option<Vec<i64>>> {
    let v = super::layers::layer_arg(args, 0)?;
    let Some(layer) = vm.rooms.layers.get(v).map(|l| l.id) else {
        return Ok(None);
    };
    let m = &vm.rooms.layers;
    Ok(Some(
        m.instance_elements
            .iter()
            .filter(|(_, e)| m.elements.get(*e).is_some_and(|e| e.layer == layer))
            .map(|(id, _)| *id)
            .collect(),
    ))
}

fn switch_layer(vm: &mut Vm, args: &[Value], deactivate: bool) -> Result<Value> {
    let Some(ids) = layer_instances(vm, args)? else {
        return Ok(Value::Undefined);
    };
    switch(vm, deactivate, |i| {
        i.borrow().instance().is_some_and(|d| ids.contains(&d.id))
    });
    Ok(Value::Undefined)
}

fn instance_deactivate_layer(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    switch_layer(vm, args, true)
}

fn instance_activate_layer(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    switch_layer(vm, args, false)
}
