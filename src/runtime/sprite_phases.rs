//! The two frame-loop phases that sprites drive (DESIGN.md section 4): animation at the start of
//! the frame (`image_index += image_speed`, Animation End), and the collision phase after motion
//! (Collision events).

use super::collision::{shape_of, shapes_collide};
use super::events::EventKey;
use super::frame_loop::fire_event;
use crate::vm::error::Result;
use crate::vm::value::StructRef;
use crate::vm::{EventCtx, Vm};

/// The frame's start: every instance's `xprevious`/`yprevious` take its position, and its
/// animation advances (one visit per instance does both: no code runs between the two phases);
/// then Animation End fires where the animation wrapped round.
pub fn animation_step(vm: &mut Vm) -> Result<()> {
    let speed = vm.game.speed;
    let mut ended = Vec::new();
    for inst in vm.world.live() {
        let mut b = inst.borrow_mut();
        super::instance::remember_position(&mut b);
        if super::instance_sprite::animate(&mut b, speed) {
            ended.push(inst.clone());
        }
    }
    for inst in ended {
        fire_event(vm, &inst, EventKey::AnimationEnd)?;
    }
    Ok(())
}

fn object_of(inst: &StructRef) -> Option<usize> {
    match inst.borrow().instance() {
        Some(d) if d.is_active() => Some(d.object_index),
        _ => None,
    }
}

/// The objects `object` (or an ancestor) has Collision events with.
fn collision_targets(vm: &Vm, object: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut o = Some(object);
    let mut guard = 0;
    while let Some(i) = o {
        let Some(def) = vm.world.objects.get(i) else {
            break;
        };
        for key in def.events.keys() {
            if let EventKey::Collision(q) = key {
                let q = *q;
                if !out.contains(&q) {
                    out.push(q);
                }
            }
        }
        o = def.parent;
        guard += 1;
        if guard > 1000 {
            break;
        }
    }
    out
}

/// The Collision event `object` runs for an instance of `other`: the other object's own
/// events first, then its parents', each looked up through `object`'s parents.
fn collision_event(vm: &Vm, object: usize, other: usize) -> Option<(usize, EventKey)> {
    let mut p = Some(other);
    let mut guard = 0;
    while let Some(q) = p {
        if let Some((defining, _)) = vm.world.find_event(object, EventKey::Collision(q)) {
            return Some((defining, EventKey::Collision(q)));
        }
        p = vm.world.objects.get(q).and_then(|d| d.parent);
        guard += 1;
        if guard > 1000 {
            break;
        }
    }
    None
}

/// Collision events: every instance with a Collision event with some object gets it once for
/// each instance of that object (or its children) its mask meets, in creation order, with
/// `other` the instance met; the other instance's event for the pair (if it has one) runs right
/// after. If either instance is solid both go back to their previous positions first.
pub fn collision_step(vm: &mut Vm) -> Result<()> {
    if !vm
        .world
        .objects
        .iter()
        .any(|o| o.events.keys().any(|k| matches!(k, EventKey::Collision(_))))
    {
        return Ok(());
    }
    let snapshot: Vec<StructRef> = vm.world.live().cloned().collect();
    // Pairs (instance, other) whose event already ran this frame: when a pair collides, both
    // instances' events run at once (after any solid move-back), as GameMaker's runners do.
    let mut done: Vec<(usize, usize)> = Vec::new();
    for (ia, inst) in snapshot.iter().enumerate() {
        let Some(object) = object_of(inst) else {
            continue;
        };
        let targets = collision_targets(vm, object);
        if targets.is_empty() {
            continue;
        }
        for (ib, other) in snapshot.iter().enumerate() {
            if ia == ib || done.contains(&(ia, ib)) {
                continue;
            }
            let (Some(object), Some(other_object)) = (object_of(inst), object_of(other)) else {
                continue;
            };
            if !targets.iter().any(|&q| vm.world.is_a(other_object, q)) {
                continue;
            }
            let Some(event) = collision_event(vm, object, other_object) else {
                continue;
            };
            let hit = {
                let (a, b) = (inst.borrow(), other.borrow());
                match (shape_of(&a, None), shape_of(&b, None)) {
                    (Some(sa), Some(sb)) => shapes_collide(&sa, &sb, true),
                    _ => false,
                }
            };
            if !hit {
                continue;
            }
            if is_solid(inst) || is_solid(other) {
                move_back(vm, inst);
                move_back(vm, other);
            }
            run_collision(vm, inst, other, object, event)?;
            done.push((ia, ib));
            // The other instance's own event for this pair runs now too.
            if let Some(back) = collision_event(vm, other_object, object) {
                if object_of(other).is_some() {
                    run_collision(vm, other, inst, other_object, back)?;
                }
                done.push((ib, ia));
            }
        }
    }
    Ok(())
}

fn run_collision(
    vm: &mut Vm,
    inst: &StructRef,
    other: &StructRef,
    object: usize,
    (defining, key): (usize, EventKey),
) -> Result<()> {
    let Some((_, func)) = vm.world.find_event(object, key) else {
        return Ok(());
    };
    vm.call_function(
        &func,
        inst.clone(),
        other.clone(),
        &[],
        Some(EventCtx {
            object: defining,
            event: key,
        }),
    )?;
    Ok(())
}

fn is_solid(inst: &StructRef) -> bool {
    let solid = super::instance_sprite::with_syms(|k| k.solid);
    inst.borrow()
        .get(solid)
        .is_some_and(|v| crate::vm::ops::truthy(v).unwrap_or(false))
}

fn move_back(vm: &mut Vm, inst: &StructRef) {
    let (x, y, xp, yp) = super::instance::with_syms(|k| (k.x, k.y, k.xprevious, k.yprevious));
    let prev = {
        let b = inst.borrow();
        (b.get(xp).cloned(), b.get(yp).cloned())
    };
    if let (Some(px), Some(py)) = prev {
        vm.store_var_pub(inst, x, px);
        vm.store_var_pub(inst, y, py);
    }
}
