//! Rooms and layers (manual: Rooms, General Layer Functions): room changes, room facts and layer
//! look-ups for a loaded project. A room change happens when the current phase ends
//! (`runtime::rooms`).

use super::args::*;
use super::Builtin;
use crate::runtime::rooms::{self, room_value, RoomChange};
use crate::vm::error::{Error, Result};
use crate::vm::value::{RefKind, Value};
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
    Builtin::new("room_add", 0, 0, room_add),
    Builtin::new("room_duplicate", 1, 1, room_duplicate),
    Builtin::new("room_assign", 2, 2, room_assign),
    Builtin::new("room_instance_add", 4, 4, room_instance_add),
    Builtin::new("room_instance_clear", 1, 1, room_instance_clear),
    Builtin::new("room_set_width", 2, 2, room_set_width),
    Builtin::new("room_set_height", 2, 2, room_set_height),
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

/// Rooms made by code only exist in a project (a single file has no rooms to go to).
fn project_rooms(vm: &Vm, func: &str) -> Result<()> {
    if vm.rooms.active() {
        Ok(())
    } else {
        Err(Error::msg(format!(
            "{func}: there are no rooms (a single .gml file has none; run a project for rooms)"
        )))
    }
}

/// A new empty room (1366 x 768, no layers), outside the room order.
fn room_add(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    project_rooms(vm, "room_add")?;
    Ok(room_value(vm.rooms.add(rooms::RoomDef::blank())))
}

/// A copy of the room's instances get fresh ids.
fn renumbered(vm: &mut Vm, mut def: rooms::RoomDef) -> rooms::RoomDef {
    for inst in &mut def.instances {
        inst.id = vm.world.next_id;
        vm.world.next_id += 1;
    }
    def
}

/// A new room with everything the given room has (its instances get new ids).
fn room_duplicate(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let r = room_arg(vm, args, "room_duplicate")?;
    let def = vm.rooms.defs[r].clone();
    let def = renumbered(vm, def);
    Ok(room_value(vm.rooms.add(def)))
}

/// `room_assign(room, source)`: the room becomes a copy of `source` (keeping its name).
fn room_assign(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let r = room_arg(vm, args, "room_assign")?;
    let source = match vm.rooms.room_of(arg(args, 1)) {
        Some(s) => s,
        None => {
            let shown = vm.stringify(arg(args, 1))?;
            return Err(Error::msg(format!(
                "room_assign: room {shown} does not exist"
            )));
        }
    };
    let def = vm.rooms.defs[source].clone();
    let mut def = renumbered(vm, def);
    def.name = vm.rooms.defs[r].name.clone();
    vm.rooms.defs[r] = def;
    Ok(Value::Undefined)
}

/// Places an instance in a room for when it is next entered; returns the id it will have.
fn room_instance_add(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let r = room_arg(vm, args, "room_instance_add")?;
    let (x, y) = (real(args, 1)?, real(args, 2)?);
    let object = match crate::builtins::assets::asset_index(arg(args, 3), RefKind::Object) {
        Some(o) if o >= 0 && (o as usize) < vm.world.objects.len() => o as usize,
        _ => return Err(Error::bad_arg(3, "object", arg(args, 3))),
    };
    let id = vm.world.next_id;
    vm.world.next_id += 1;
    vm.rooms.defs[r].add_instance(id, object, x, y);
    Ok(Value::Ref(RefKind::Instance, id))
}

fn room_instance_clear(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let r = room_arg(vm, args, "room_instance_clear")?;
    vm.rooms.defs[r].instances.clear();
    Ok(Value::Undefined)
}

fn room_set_width(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let r = room_arg(vm, args, "room_set_width")?;
    vm.rooms.defs[r].width = real(args, 1)?;
    Ok(Value::Undefined)
}

fn room_set_height(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let r = room_arg(vm, args, "room_set_height")?;
    vm.rooms.defs[r].height = real(args, 1)?;
    Ok(Value::Undefined)
}
