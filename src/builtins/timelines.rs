//! Timeline functions (manual: Asset Management > Timelines). The moments run from the frame
//! loop (`runtime/timelines.rs`); `timeline_exists` and `timeline_get_name` are with the other
//! asset look-ups.

use super::args::*;
use super::assets::asset_index;
use super::Builtin;
use crate::runtime::timelines::Action;
use crate::vm::error::{Error, Result};
use crate::vm::value::{RefKind, Value};
use crate::vm::Vm;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("timeline_add", 0, 0, timeline_add),
    Builtin::new("timeline_delete", 1, 1, timeline_delete),
    Builtin::new("timeline_clear", 1, 1, timeline_clear),
    Builtin::new(
        "timeline_moment_add_script",
        3,
        3,
        timeline_moment_add_script,
    ),
    Builtin::new("timeline_moment_clear", 2, 2, timeline_moment_clear),
    Builtin::new("timeline_size", 1, 1, timeline_size),
    Builtin::new("timeline_max_moment", 1, 1, timeline_max_moment),
];

/// The index of a live timeline an argument names.
fn timeline(vm: &Vm, args: &[Value]) -> Option<i64> {
    let i = asset_index(arg(args, 0), RefKind::Timeline)?;
    vm.assets.exists(RefKind::Timeline, i).then_some(i)
}

/// A new, empty timeline (`__newtimeline<N>`).
fn timeline_add(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    let mut n = vm.assets.ids(RefKind::Timeline).len();
    let index = loop {
        let name = format!("__newtimeline{n}");
        if vm.assets.find(&name).is_none() {
            break vm.assets.add(RefKind::Timeline, &name);
        }
        n += 1;
    };
    vm.assets.timelines.get_mut(index);
    Ok(Value::Ref(RefKind::Timeline, index))
}

fn timeline_delete(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    if let Some(i) = timeline(vm, args) {
        vm.assets.delete(RefKind::Timeline, i);
        if let Some(slot) = vm.assets.timelines.list.get_mut(i as usize) {
            *slot = None;
        }
    }
    Ok(Value::Undefined)
}

fn timeline_clear(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    if let Some(i) = timeline(vm, args) {
        vm.assets.timelines.get_mut(i).moments.clear();
    }
    Ok(Value::Undefined)
}

/// Adds a call of `script` (a script function or method) at moment `step` (whole steps).
fn timeline_moment_add_script(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let step = int(args, 1)? as f64;
    let script = arg(args, 2);
    if !matches!(script, Value::Method(_)) {
        return Err(Error::bad_arg(2, "script function", script));
    }
    if let Some(i) = timeline(vm, args) {
        let action = Action::Call(script.clone());
        vm.assets.timelines.get_mut(i).add(step, action);
    }
    Ok(Value::Undefined)
}

fn timeline_moment_clear(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let step = int(args, 1)? as f64;
    if let Some(i) = timeline(vm, args) {
        vm.assets
            .timelines
            .get_mut(i)
            .moments
            .retain(|(t, _)| *t != step);
    }
    Ok(Value::Undefined)
}

/// How many moments the timeline has (0 for one that does not exist).
fn timeline_size(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let n = timeline(vm, args)
        .and_then(|i| vm.assets.timelines.get(i))
        .map_or(0, |t| t.moments.len());
    Ok(Value::Real(n as f64))
}

/// The step of the timeline's last moment (0 when it has none or does not exist).
fn timeline_max_moment(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let m = timeline(vm, args)
        .and_then(|i| vm.assets.timelines.get(i))
        .and_then(|t| t.moments.last().map(|(s, _)| *s))
        .unwrap_or(0.0);
    Ok(Value::Real(m))
}
