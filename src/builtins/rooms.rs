//! Rooms and layers (manual: Rooms, General Layer Functions): room changes, room facts and layer
//! look-ups for a loaded project. A room change happens when the current phase ends
//! (`runtime::rooms`).

use super::args::*;
use super::Builtin;
use crate::runtime::rooms::{self, room_value, RoomChange};
use crate::vm::error::{Error, Result};
use crate::vm::value::Value;
use crate::vm::Vm;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("room_goto", 1, 1, room_goto),
    Builtin::new("room_goto_next", 0, 0, room_goto_next),
    Builtin::new("room_goto_previous", 0, 0, room_goto_previous),
    Builtin::new("room_restart", 0, 0, room_restart),
    Builtin::new("game_restart", 0, 0, game_restart),
    Builtin::new("room_exists", 1, 1, room_exists),
    Builtin::new("room_get_name", 1, 1, room_get_name),
    Builtin::new("room_next", 1, 1, room_next),
    Builtin::new("room_set_persistent", 2, 2, room_set_persistent),
    Builtin::new("room_previous", 1, 1, room_previous),
    Builtin::new("layer_get_id", 1, 1, layer_get_id),
    Builtin::new("layer_exists", 1, 1, layer_exists),
    Builtin::new("layer_get_name", 1, 1, layer_get_name),
    Builtin::new("layer_get_depth", 1, 1, layer_get_depth),
];

/// The current room; an error naming `func` when the program has no rooms.
fn current(vm: &Vm, func: &str) -> Result<usize> {
    vm.rooms.current.ok_or_else(|| {
        Error::msg(format!(
            "{func}: there is no room (a single .gml file has none; run a project for rooms)"
        ))
    })
}

fn room_arg(vm: &mut Vm, args: &[Value], func: &str) -> Result<usize> {
    let v = arg(args, 0);
    match vm.rooms.room_of(v) {
        Some(r) => Ok(r),
        None => {
            let shown = vm.stringify(v)?;
            Err(Error::msg(format!("{func}: room {shown} does not exist")))
        }
    }
}

fn room_goto(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    current(vm, "room_goto")?;
    let r = room_arg(vm, args, "room_goto")?;
    rooms::request(vm, RoomChange::Goto(r));
    Ok(Value::Undefined)
}

fn room_goto_next(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    let cur = current(vm, "room_goto_next")?;
    let next = vm
        .rooms
        .next(cur)
        .ok_or_else(|| Error::msg("room_goto_next: moving to the next room after the last room"))?;
    rooms::request(vm, RoomChange::Goto(next));
    Ok(Value::Undefined)
}

fn room_goto_previous(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    let cur = current(vm, "room_goto_previous")?;
    let prev = vm.rooms.previous(cur).ok_or_else(|| {
        Error::msg("room_goto_previous: moving to the previous room before the first room")
    })?;
    rooms::request(vm, RoomChange::Goto(prev));
    Ok(Value::Undefined)
}

fn room_restart(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    let cur = current(vm, "room_restart")?;
    rooms::request(vm, RoomChange::Goto(cur));
    Ok(Value::Undefined)
}

fn game_restart(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    current(vm, "game_restart")?;
    rooms::request(vm, RoomChange::Restart);
    Ok(Value::Undefined)
}

fn room_exists(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Bool(vm.rooms.room_of(arg(args, 0)).is_some()))
}

fn room_get_name(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(match vm.rooms.room_of(arg(args, 0)) {
        Some(r) => Value::str(&vm.rooms.defs[r].name),
        None => Value::str("<undefined>"),
    })
}

/// Sets the room's persistence in the project: it counts from the next time the room is
/// entered afresh (the current room's own flag is `room_persistent`).
fn room_set_persistent(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let r = room_arg(vm, args, "room_set_persistent")?;
    vm.rooms.defs[r].persistent = crate::vm::ops::truthy(arg(args, 1))?;
    Ok(Value::Undefined)
}

fn room_next(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let r = vm.rooms.room_of(arg(args, 0));
    Ok(match r.and_then(|r| vm.rooms.next(r)) {
        Some(n) => room_value(n),
        None => Value::Real(-1.0),
    })
}

fn room_previous(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let r = vm.rooms.room_of(arg(args, 0));
    Ok(match r.and_then(|r| vm.rooms.previous(r)) {
        Some(n) => room_value(n),
        None => Value::Real(-1.0),
    })
}

fn layer_get_id(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let name = string(args, 0)?;
    Ok(Value::Real(
        vm.rooms
            .layers
            .iter()
            .find(|l| &*l.name == name)
            .map_or(-1.0, |l| l.id as f64),
    ))
}

fn layer_exists(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Bool(vm.rooms.layer(arg(args, 0)).is_some()))
}

fn layer_get_name(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(match vm.rooms.layer(arg(args, 0)) {
        Some(l) => Value::str(&l.name),
        None => Value::str(""),
    })
}

fn layer_get_depth(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Real(
        vm.rooms.layer(arg(args, 0)).map_or(-1.0, |l| l.depth),
    ))
}
