//! Time Sources (manual: Time Sources): `time_source_*`, `call_later`, `call_cancel` and the BPM
//! helpers. The timers themselves live in `runtime::time_sources`, which the frame loop runs.
//!
//! As in GameMaker, a bad argument (unit, callback, repetitions, expiry type) stops the game with
//! an error, while using a time source that does not exist, or a built-in one where only a created
//! one makes sense, prints an error on stderr and does nothing (the getters return undefined).

use super::args::*;
use super::{Builtin, ConstValue, Constant};
use crate::runtime::time_sources::{
    bad, not_found, report, Config, Expiry, Units, CALL_LATER, GAME, GLOBAL,
};
use crate::vm::error::Result;
use crate::vm::value::Value;
use crate::vm::Vm;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("time_source_create", 4, 7, time_source_create),
    Builtin::new("time_source_destroy", 1, 2, time_source_destroy),
    Builtin::new("time_source_start", 1, 1, time_source_start),
    Builtin::new("time_source_stop", 1, 1, time_source_stop),
    Builtin::new("time_source_pause", 1, 1, time_source_pause),
    Builtin::new("time_source_resume", 1, 1, time_source_resume),
    Builtin::new("time_source_reset", 1, 1, time_source_reset),
    Builtin::new("time_source_reconfigure", 4, 7, time_source_reconfigure),
    Builtin::new("time_source_exists", 1, 1, time_source_exists),
    Builtin::new("time_source_get_children", 1, 1, time_source_get_children),
    Builtin::new("time_source_get_parent", 1, 1, time_source_get_parent),
    Builtin::new("time_source_get_period", 1, 1, time_source_get_period),
    Builtin::new("time_source_get_reps_completed", 1, 1, get_reps_completed),
    Builtin::new("time_source_get_reps_remaining", 1, 1, get_reps_remaining),
    Builtin::new("time_source_get_state", 1, 1, time_source_get_state),
    Builtin::new("time_source_get_time_remaining", 1, 1, get_time_remaining),
    Builtin::new("time_source_get_units", 1, 1, time_source_get_units),
    Builtin::new("time_bpm_to_seconds", 1, 1, time_bpm_to_seconds),
    Builtin::new("time_seconds_to_bpm", 1, 1, time_seconds_to_bpm),
    Builtin::new("call_later", 3, 4, call_later),
    Builtin::new("call_cancel", 1, 1, call_cancel),
];

pub const CONSTANTS: &[Constant] = &[
    ("time_source_global", ConstValue::Real(GLOBAL as f64)),
    ("time_source_game", ConstValue::Real(GAME as f64)),
    ("time_source_units_seconds", ConstValue::Real(0.0)),
    ("time_source_units_frames", ConstValue::Real(1.0)),
    ("time_source_expire_nearest", ConstValue::Real(0.0)),
    ("time_source_expire_after", ConstValue::Real(1.0)),
    ("time_source_state_initial", ConstValue::Real(0.0)),
    ("time_source_state_active", ConstValue::Real(1.0)),
    ("time_source_state_paused", ConstValue::Real(2.0)),
    ("time_source_state_stopped", ConstValue::Real(3.0)),
];

fn id_value(id: i64) -> Value {
    Value::Real(id as f64)
}

/// The units, period, callback, args, repetitions and expiry arguments starting at `first`.
fn config(name: &str, args: &[Value], first: usize) -> Result<Config> {
    let period = real(args, first)?;
    let units = match int(args, first + 1)? {
        0 => Units::Seconds,
        1 => Units::Frames,
        u => return Err(bad(name, &format!("illegal time source unit type {u}"))),
    };
    let callback = arg(args, first + 2).clone();
    if !matches!(callback, Value::Method(_)) {
        return Err(bad(name, "the callback must be a method or function"));
    }
    let call_args = match arg(args, first + 3) {
        Value::Undefined => Vec::new(),
        Value::Array(a) => a.borrow().clone(),
        _ => return Err(bad(name, "the callback arguments must be an array")),
    };
    let reps = int_or(args, first + 4, 1)?;
    if reps < -1 {
        return Err(bad(name, &format!("illegal repetition count {reps}")));
    }
    let expiry = match int_or(args, first + 5, 1)? {
        0 => Expiry::Nearest,
        1 => Expiry::After,
        e => return Err(bad(name, &format!("illegal time source expiry type {e}"))),
    };
    Ok(Config {
        period,
        units,
        callback,
        args: call_args,
        reps,
        expiry,
    })
}

fn time_source_create(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let name = "time_source_create";
    let parent = int(args, 0)?;
    let config = config(name, args, 1)?;
    if !vm.time_sources.exists(parent) {
        not_found(name, parent);
        return Ok(id_value(-1));
    }
    Ok(id_value(vm.time_sources.create(parent, false, config)))
}

fn time_source_destroy(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let name = "time_source_destroy";
    let id = int(args, 0)?;
    let tree = boolean(args, 1)?;
    let ts = &mut vm.time_sources;
    if !ts.exists(id) {
        not_found(name, id);
    } else if tree {
        ts.destroy(id, true);
    } else if id == GLOBAL || id == GAME {
        report(name, "Cannot destroy a built-in time source");
    } else if !ts.children(id).is_empty() {
        report(
            name,
            &format!(
                "Cannot destroy the time source (index {id}) until its children have been destroyed"
            ),
        );
    } else {
        ts.destroy(id, false);
    }
    Ok(Value::Undefined)
}

/// Runs `f` on a source that may change state (the game source or a created one).
fn stateful(vm: &mut Vm, args: &[Value], name: &str, f: fn(&mut Vm, i64)) -> Result<Value> {
    let id = int(args, 0)?;
    if !vm.time_sources.exists(id) {
        not_found(name, id);
    } else if id == GLOBAL {
        report(
            name,
            "Cannot change the state of a stateless built-in time source",
        );
    } else {
        f(vm, id);
    }
    Ok(Value::Undefined)
}

/// Runs `f` on a created source; a built-in one is refused with `builtin_error`.
fn created(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    builtin_error: &str,
    f: fn(&mut Vm, i64),
) -> Result<Value> {
    let id = int(args, 0)?;
    if !vm.time_sources.exists(id) {
        not_found(name, id);
    } else if id == GLOBAL || id == GAME {
        report(name, builtin_error);
    } else {
        f(vm, id);
    }
    Ok(Value::Undefined)
}

fn time_source_start(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    stateful(vm, args, "time_source_start", |vm, id| {
        vm.time_sources.start(id)
    })
}

fn time_source_pause(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    stateful(vm, args, "time_source_pause", |vm, id| {
        vm.time_sources.pause(id, true)
    })
}

fn time_source_resume(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    stateful(vm, args, "time_source_resume", |vm, id| {
        vm.time_sources.pause(id, false)
    })
}

fn time_source_stop(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    created(
        vm,
        args,
        "time_source_stop",
        "Cannot stop a built-in time source",
        |vm, id| vm.time_sources.stop(id),
    )
}

fn time_source_reset(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    created(
        vm,
        args,
        "time_source_reset",
        "Cannot reset a built-in time source",
        |vm, id| vm.time_sources.reset(id),
    )
}

fn time_source_reconfigure(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let name = "time_source_reconfigure";
    let id = int(args, 0)?;
    let config = config(name, args, 1)?;
    if !vm.time_sources.exists(id) {
        not_found(name, id);
    } else if id == GLOBAL || id == GAME {
        report(name, "Cannot reconfigure a built-in time source");
    } else {
        vm.time_sources.reconfigure(id, config);
    }
    Ok(Value::Undefined)
}

fn time_source_exists(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let id = int(args, 0)?;
    Ok(Value::Bool(vm.time_sources.exists(id)))
}

fn time_source_get_children(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let id = int(args, 0)?;
    if !vm.time_sources.exists(id) {
        not_found("time_source_get_children", id);
        return Ok(Value::Undefined);
    }
    let children = vm.time_sources.children(id);
    Ok(Value::new_array(
        children.into_iter().map(id_value).collect(),
    ))
}

/// A getter on a created source: `undefined` for a built-in or a source that does not exist.
fn getter(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    f: fn(&crate::runtime::time_sources::Source) -> Value,
) -> Result<Value> {
    let id = int(args, 0)?;
    Ok(match vm.time_sources.get(id) {
        Some(s) => f(s),
        None => {
            if !vm.time_sources.exists(id) {
                not_found(name, id);
            }
            Value::Undefined
        }
    })
}

fn time_source_get_parent(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    getter(vm, args, "time_source_get_parent", |s| id_value(s.parent))
}

fn time_source_get_period(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    getter(vm, args, "time_source_get_period", |s| {
        Value::Real(s.period())
    })
}

fn get_reps_completed(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    getter(vm, args, "time_source_get_reps_completed", |s| {
        Value::Real(s.reps_completed as f64)
    })
}

/// `undefined` for a source that repeats forever (the manual's rule).
fn get_reps_remaining(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    getter(vm, args, "time_source_get_reps_remaining", |s| {
        if s.reps_requested() < 0 {
            Value::Undefined
        } else {
            Value::Real(s.reps_remaining as f64)
        }
    })
}

fn get_time_remaining(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    getter(vm, args, "time_source_get_time_remaining", |s| {
        Value::Real(s.time_remaining())
    })
}

fn time_source_get_units(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    getter(vm, args, "time_source_get_units", |s| {
        Value::Real(s.units as i64 as f64)
    })
}

/// The game source and created sources have a state; the global source does not.
fn time_source_get_state(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let id = int(args, 0)?;
    if id == GAME {
        return Ok(Value::Real(vm.time_sources.game_state as i64 as f64));
    }
    getter(vm, args, "time_source_get_state", |s| {
        Value::Real(s.state as i64 as f64)
    })
}

fn time_bpm_to_seconds(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let bpm = real(args, 0)?;
    Ok(Value::Real(if bpm > 0.0 {
        60.0 / bpm
    } else {
        f64::INFINITY
    }))
}

fn time_seconds_to_bpm(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = real(args, 0)?;
    Ok(Value::Real(if s > 0.0 { 60.0 / s } else { f64::INFINITY }))
}

/// A timer that calls `callback` once after `period` (or every `period` with `loop`), started at
/// once and destroyed after its last call.
fn call_later(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let name = "call_later";
    let looping = boolean(args, 3)?;
    let reps = if looping { -1.0 } else { 1.0 };
    let config_args = [
        arg(args, 0).clone(),
        arg(args, 1).clone(),
        arg(args, 2).clone(),
        Value::Undefined,
        Value::Real(reps),
        Value::Real(Expiry::After as i64 as f64),
    ];
    let config = config(name, &config_args, 0)?;
    Ok(id_value(vm.time_sources.create(CALL_LATER, true, config)))
}

fn call_cancel(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let id = int(args, 0)?;
    if vm.time_sources.get_call_later(id).is_some() {
        vm.time_sources.destroy(id, false);
    } else {
        not_found("call_cancel", id);
    }
    Ok(Value::Undefined)
}
