//! Game control and events (manual: General Game Control, Object Events): `game_end`, game speed,
//! timing, command-line parameters, `event_inherited`, `event_user`, `event_perform`.

use super::args::*;
use super::{Builtin, ConstValue, Constant};
use crate::runtime::events::EventKey;
use crate::runtime::frame_loop::fire_event;
use crate::vm::error::{Error, Result};
use crate::vm::value::Value;
use crate::vm::{EventCtx, Vm};

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("game_end", 0, 1, game_end),
    Builtin::new("game_set_speed", 2, 2, game_set_speed),
    Builtin::new("game_get_speed", 1, 1, game_get_speed),
    Builtin::new("get_timer", 0, 0, get_timer),
    Builtin::new("parameter_count", 0, 0, parameter_count),
    Builtin::new("parameter_string", 1, 1, parameter_string),
    Builtin::new("event_inherited", 0, 0, event_inherited),
    Builtin::new("event_user", 1, 1, event_user),
    Builtin::new("event_perform", 2, 2, event_perform),
    Builtin::new("event_perform_object", 3, 3, event_perform_object),
    Builtin::new("event_perform_async", 2, 2, event_perform_async),
    Builtin::new("gc_collect", 0, 0, gc_collect),
    Builtin::new("gc_enable", 1, 1, gc_enable),
    Builtin::new("gc_target_frame_time", 1, 1, gc_target_frame_time),
    Builtin::new("gc_get_target_frame_time", 0, 0, gc_get_target_frame_time),
    Builtin::new("gc_is_enabled", 0, 0, gc_is_enabled),
    Builtin::new("gc_get_stats", 0, 0, gc_get_stats),
];

pub const CONSTANTS: &[Constant] = &[
    ("gamespeed_fps", ConstValue::Real(0.0)),
    ("gamespeed_microseconds", ConstValue::Real(1.0)),
];

fn game_end(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    vm.game.ending = true;
    vm.game.exit_code = int_or(args, 0, 0)? as i32;
    Ok(Value::Undefined)
}

fn game_set_speed(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let v = real(args, 0)?;
    let kind = int(args, 1)?;
    if v > 0.0 {
        vm.game.speed = if kind == 1 { 1_000_000.0 / v } else { v };
    }
    Ok(Value::Undefined)
}

fn game_get_speed(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let kind = int(args, 0)?;
    let s = vm.game.speed;
    Ok(Value::Real(if kind == 1 {
        (1_000_000.0 / s).round()
    } else {
        s
    }))
}

fn get_timer(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    Ok(Value::Real(vm.game.started.elapsed().as_micros() as f64))
}

fn parameter_count(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    Ok(Value::Real(
        vm.game.parameters.len().saturating_sub(1) as f64
    ))
}

fn parameter_string(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let n = int(args, 0)?;
    Ok(Value::str(
        usize::try_from(n)
            .ok()
            .and_then(|n| vm.game.parameters.get(n))
            .map(|s| s.as_str())
            .unwrap_or(""),
    ))
}

/// Runs the parent object's version of the event being run now, on the same instance.
fn event_inherited(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    let Some(ctx) = vm.current_event() else {
        return Ok(Value::Undefined);
    };
    let Some(parent) = vm.world.objects.get(ctx.object).and_then(|o| o.parent) else {
        return Ok(Value::Undefined);
    };
    run_object_event(vm, parent, ctx.event)
}

/// Runs object `obj`'s version of `event` (its own or inherited) on the current instance; an
/// object without that event does nothing.
fn run_object_event(vm: &mut Vm, obj: usize, event: EventKey) -> Result<Value> {
    let Some((defining, func)) = vm.world.find_event(obj, event) else {
        return Ok(Value::Undefined);
    };
    let inst = vm.current_self();
    let ctx = EventCtx {
        object: defining,
        event,
    };
    vm.run_event(&func, inst, ctx)?;
    Ok(Value::Undefined)
}

fn event_user(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let n = int(args, 0)?;
    if !(0..16).contains(&n) {
        return Err(Error::msg(format!(
            "event_user: user event {n} does not exist (0-15)"
        )));
    }
    let inst = vm.current_self();
    fire_event(vm, &inst, EventKey::User(n as u8))?;
    Ok(Value::Undefined)
}

fn event_perform(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let ty = int(args, 0)?;
    let num = int(args, 1)?;
    let Some(key) = EventKey::from_type_number(ty, num) else {
        return Ok(Value::Undefined);
    };
    let inst = vm.current_self();
    fire_event(vm, &inst, key)?;
    Ok(Value::Undefined)
}

/// Runs object `obj`'s event (its own or inherited) on the current instance, as `event_perform`
/// does for the instance's own object; an object without that event does nothing.
fn event_perform_object(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let obj = crate::builtins::assets::asset_index(arg(args, 0), crate::vm::value::RefKind::Object)
        .filter(|&o| o >= 0 && (o as usize) < vm.world.objects.len())
        .ok_or_else(|| {
            Error::msg(format!(
                "event_perform_object: {} is not an object",
                vm.stringify(arg(args, 0)).unwrap_or_default()
            ))
        })?;
    let (ty, num) = (int(args, 1)?, int(args, 2)?);
    let Some(key) = EventKey::from_type_number(ty, num) else {
        return Ok(Value::Undefined);
    };
    run_object_event(vm, obj as usize, key)
}

/// Queues an Async event with `map` as its async_load; it fires in the next async phase, in every
/// instance that has it, and the map is destroyed after it.
fn event_perform_async(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let ty = int(args, 0)?;
    let map = int(args, 1)?;
    if !(60..=80).contains(&ty) {
        return Err(Error::msg(format!(
            "event_perform_async: {ty} is not an async event type (ev_async_*)"
        )));
    }
    if !vm.ds.map_exists(map) {
        return Err(Error::msg(format!(
            "event_perform_async: ds_map {map} does not exist"
        )));
    }
    vm.async_queue.push_user(ty as u8, map);
    Ok(Value::Undefined)
}

/// Asks for a cycle collection at the next frame boundary (values held mid-call are not roots,
/// so collecting right here could clear something still in use).
fn gc_collect(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    vm.gc_requested = true;
    Ok(Value::Undefined)
}

/// Accepted for compatibility: reference counting always runs; the cycle collector is cheap.
fn gc_enable(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let _ = boolean(args, 0)?;
    Ok(Value::Undefined)
}

fn gc_target_frame_time(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    vm.game.gc_target_frame_time = real(args, 0)?;
    Ok(Value::Undefined)
}

fn gc_get_target_frame_time(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    Ok(Value::Real(vm.game.gc_target_frame_time))
}

fn gc_is_enabled(_vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    Ok(Value::Bool(true))
}

fn gc_get_stats(_vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    use crate::vm::intern::Sym;
    use crate::vm::value::StructObj;
    let mut s = StructObj::new();
    let n = crate::vm::gc::registered() as f64;
    s.set(Sym::intern("objects_touched"), Value::Real(n));
    s.set(Sym::intern("objects_collected"), Value::Real(0.0));
    s.set(Sym::intern("traversal_time"), Value::Real(0.0));
    s.set(Sym::intern("collection_time"), Value::Real(0.0));
    s.set(Sym::intern("gc_frame"), Value::Real(0.0));
    s.set(Sym::intern("generation_collected"), Value::Real(0.0));
    s.set(Sym::intern("num_generations"), Value::Real(1.0));
    s.set(
        Sym::intern("num_objects_in_generation"),
        Value::new_array(vec![Value::Real(n)]),
    );
    Ok(Value::new_struct(s))
}
