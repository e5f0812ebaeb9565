//! Layers (manual: Rooms > General Layer Functions) and tile maps (Tile Map Functions, Tile
//! Data): real state in `runtime::layers`, so game logic that reads or edits layers and tile
//! maps works headless. Backgrounds, sprites, legacy tiles and sequences on layers are in
//! `layer_elements.rs`.
//!
//! As in GameMaker, a missing layer or element is not an error: setters do nothing and getters
//! return -1 (false for flags); an argument of the wrong type is.

use super::args::*;
use super::{Builtin, ConstValue, Constant};
use crate::runtime::layers::{
    tilemap_kind, tilemap_kind_mut, ElementKind, Tilemap, ELEMENT_BACKGROUND, ELEMENT_INSTANCE,
    ELEMENT_OLDTILEMAP, ELEMENT_PARTICLESYSTEM, ELEMENT_SEQUENCE, ELEMENT_SPRITE, ELEMENT_TILE,
    ELEMENT_TILEMAP, ELEMENT_UNDEFINED, TILE_FLIP, TILE_INDEX_MASK, TILE_MIRROR, TILE_ROTATE,
};
use crate::vm::error::{Error, Result};
use crate::vm::intern::Sym;
use crate::vm::value::{RefKind, StructObj, Value};
use crate::vm::Vm;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("layer_create", 1, 2, layer_create),
    Builtin::new("layer_destroy", 1, 1, layer_destroy),
    Builtin::new("layer_destroy_instances", 1, 1, layer_destroy_instances),
    Builtin::new("layer_add_instance", 2, 2, layer_add_instance),
    Builtin::new("layer_has_instance", 2, 2, layer_has_instance),
    Builtin::new(
        "layer_instance_get_instance",
        1,
        1,
        layer_instance_get_instance,
    ),
    Builtin::new("layer_depth", 2, 2, layer_depth),
    Builtin::new("layer_x", 2, 2, layer_x),
    Builtin::new("layer_y", 2, 2, layer_y),
    Builtin::new("layer_hspeed", 2, 2, layer_hspeed),
    Builtin::new("layer_vspeed", 2, 2, layer_vspeed),
    Builtin::new("layer_get_x", 1, 1, layer_get_x),
    Builtin::new("layer_get_y", 1, 1, layer_get_y),
    Builtin::new("layer_get_hspeed", 1, 1, layer_get_hspeed),
    Builtin::new("layer_get_vspeed", 1, 1, layer_get_vspeed),
    Builtin::new("layer_set_visible", 2, 2, layer_set_visible),
    Builtin::new("layer_get_visible", 1, 1, layer_get_visible),
    Builtin::new("layer_get_all", 0, 0, layer_get_all),
    Builtin::new("layer_get_all_elements", 1, 1, layer_get_all_elements),
    Builtin::new("layer_get_element_type", 1, 1, layer_get_element_type),
    Builtin::new("layer_get_element_layer", 1, 1, layer_get_element_layer),
    Builtin::new("layer_element_move", 2, 2, layer_element_move),
    Builtin::new("layer_script_begin", 2, 2, layer_script_begin),
    Builtin::new("layer_script_end", 2, 2, layer_script_end),
    Builtin::new("layer_get_script_begin", 1, 1, layer_get_script_begin),
    Builtin::new("layer_get_script_end", 1, 1, layer_get_script_end),
    Builtin::new("layer_shader", 2, 2, layer_shader),
    Builtin::new("layer_get_shader", 1, 1, layer_get_shader),
    Builtin::new("layer_set_target_room", 1, 1, layer_set_target_room),
    Builtin::new("layer_get_target_room", 0, 0, layer_get_target_room),
    Builtin::new("layer_reset_target_room", 0, 0, layer_reset_target_room),
    Builtin::new("layer_force_draw_depth", 2, 2, layer_force_draw_depth),
    Builtin::new(
        "layer_is_draw_depth_forced",
        0,
        0,
        layer_is_draw_depth_forced,
    ),
    Builtin::new("layer_get_forced_depth", 0, 0, layer_get_forced_depth),
    Builtin::new("layer_tilemap_create", 6, 6, layer_tilemap_create),
    Builtin::new("layer_tilemap_destroy", 1, 1, layer_tilemap_destroy),
    Builtin::new("layer_tilemap_exists", 2, 2, layer_tilemap_exists),
    Builtin::new("layer_tilemap_get_id", 1, 1, layer_tilemap_get_id),
    Builtin::new("tilemap_get", 3, 3, tilemap_get),
    Builtin::new("tilemap_set", 4, 4, tilemap_set),
    Builtin::new("tilemap_get_at_pixel", 3, 3, tilemap_get_at_pixel),
    Builtin::new("tilemap_set_at_pixel", 4, 4, tilemap_set_at_pixel),
    Builtin::new(
        "tilemap_get_cell_x_at_pixel",
        3,
        3,
        tilemap_get_cell_x_at_pixel,
    ),
    Builtin::new(
        "tilemap_get_cell_y_at_pixel",
        3,
        3,
        tilemap_get_cell_y_at_pixel,
    ),
    Builtin::new("tilemap_clear", 2, 2, tilemap_clear),
    Builtin::new("tilemap_get_width", 1, 1, tilemap_get_width),
    Builtin::new("tilemap_get_height", 1, 1, tilemap_get_height),
    Builtin::new("tilemap_set_width", 2, 2, tilemap_set_width),
    Builtin::new("tilemap_set_height", 2, 2, tilemap_set_height),
    Builtin::new("tilemap_get_x", 1, 1, tilemap_get_x),
    Builtin::new("tilemap_get_y", 1, 1, tilemap_get_y),
    Builtin::new("tilemap_x", 2, 2, tilemap_x),
    Builtin::new("tilemap_y", 2, 2, tilemap_y),
    Builtin::new("tilemap_get_tileset", 1, 1, tilemap_get_tileset),
    Builtin::new("tilemap_tileset", 2, 2, tilemap_tileset),
    Builtin::new("tilemap_get_tile_width", 1, 1, tilemap_get_tile_width),
    Builtin::new("tilemap_get_tile_height", 1, 1, tilemap_get_tile_height),
    Builtin::new("tilemap_get_mask", 1, 1, tilemap_get_mask),
    Builtin::new("tilemap_set_mask", 2, 2, tilemap_set_mask),
    Builtin::new("tilemap_get_global_mask", 0, 0, tilemap_get_global_mask),
    Builtin::new("tilemap_set_global_mask", 1, 1, tilemap_set_global_mask),
    Builtin::new("tilemap_get_frame", 1, 1, tilemap_get_frame),
    Builtin::new("tileset_get_info", 1, 1, tileset_get_info),
    Builtin::new("tile_get_index", 1, 1, tile_get_index),
    Builtin::new("tile_get_empty", 1, 1, tile_get_empty),
    Builtin::new("tile_get_flip", 1, 1, tile_get_flip),
    Builtin::new("tile_get_mirror", 1, 1, tile_get_mirror),
    Builtin::new("tile_get_rotate", 1, 1, tile_get_rotate),
    Builtin::new("tile_set_index", 2, 2, tile_set_index),
    Builtin::new("tile_set_empty", 1, 1, tile_set_empty),
    Builtin::new("tile_set_flip", 2, 2, tile_set_flip),
    Builtin::new("tile_set_mirror", 2, 2, tile_set_mirror),
    Builtin::new("tile_set_rotate", 2, 2, tile_set_rotate),
];

pub const CONSTANTS: &[Constant] = &[
    (
        "layerelementtype_undefined",
        ConstValue::Real(ELEMENT_UNDEFINED),
    ),
    (
        "layerelementtype_background",
        ConstValue::Real(ELEMENT_BACKGROUND),
    ),
    (
        "layerelementtype_instance",
        ConstValue::Real(ELEMENT_INSTANCE),
    ),
    (
        "layerelementtype_oldtilemap",
        ConstValue::Real(ELEMENT_OLDTILEMAP),
    ),
    ("layerelementtype_sprite", ConstValue::Real(ELEMENT_SPRITE)),
    (
        "layerelementtype_tilemap",
        ConstValue::Real(ELEMENT_TILEMAP),
    ),
    (
        "layerelementtype_particlesystem",
        ConstValue::Real(ELEMENT_PARTICLESYSTEM),
    ),
    ("layerelementtype_tile", ConstValue::Real(ELEMENT_TILE)),
    (
        "layerelementtype_sequence",
        ConstValue::Real(ELEMENT_SEQUENCE),
    ),
    ("tile_index_mask", ConstValue::Real(TILE_INDEX_MASK as f64)),
    ("tile_mirror", ConstValue::Real(TILE_MIRROR as f64)),
    ("tile_flip", ConstValue::Real(TILE_FLIP as f64)),
    ("tile_rotate", ConstValue::Real(TILE_ROTATE as f64)),
    ("seqdir_right", ConstValue::Real(1.0)),
    ("seqdir_left", ConstValue::Real(-1.0)),
    // A sequence's `loopmode` (GameMaker's playback modes).
    ("seqplay_oneshot", ConstValue::Real(0.0)),
    ("seqplay_loop", ConstValue::Real(1.0)),
    ("seqplay_pingpong", ConstValue::Real(2.0)),
];

const MISSING: Value = Value::Real(-1.0);

/// A layer argument: a layer id or a layer name.
pub(super) fn layer_arg(args: &[Value], i: usize) -> Result<&Value> {
    match arg(args, i) {
        v @ (Value::Str(_)
        | Value::Real(_)
        | Value::Int32(_)
        | Value::Int64(_)
        | Value::Bool(_)) => Ok(v),
        v => Err(Error::bad_arg(i, "Number or String", v)),
    }
}

/// An element id argument (a number).
pub(super) fn element_arg(args: &[Value], i: usize) -> Result<&Value> {
    match arg(args, i) {
        v @ (Value::Real(_) | Value::Int32(_) | Value::Int64(_) | Value::Bool(_)) => Ok(v),
        v => Err(Error::bad_arg(i, "Number", v)),
    }
}

/// Drops the elements of instances that no longer exist, before anything lists elements.
pub(super) fn forget_gone_instances(vm: &mut Vm) {
    let gone: Vec<i64> = vm
        .rooms
        .layers
        .instance_elements
        .keys()
        .copied()
        .filter(|id| vm.world.get_existing(*id).is_none())
        .collect();
    for id in gone {
        vm.rooms.layers.forget_instance(id);
    }
}

fn layer_create(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let depth = real(args, 0)?;
    let name = match arg(args, 1) {
        Value::Undefined => None,
        _ => Some(string(args, 1)?.to_string()),
    };
    Ok(Value::Real(
        vm.rooms.layers.create(depth, name.as_deref()) as f64
    ))
}

/// Destroys instances (their Destroy events run) that were on a layer.
fn destroy_instances(vm: &mut Vm, ids: Vec<i64>) -> Result<()> {
    for id in ids {
        if let Some(inst) = vm.world.get_live(id) {
            crate::builtins::instances::destroy_instance(vm, &inst, true)?;
        }
    }
    Ok(())
}

fn layer_destroy(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let v = layer_arg(args, 0)?;
    if let Some(i) = vm.rooms.layers.find(v) {
        let ids = vm.rooms.layers.destroy(i);
        destroy_instances(vm, ids)?;
    }
    Ok(Value::Undefined)
}

fn layer_destroy_instances(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let v = layer_arg(args, 0)?;
    let Some(layer) = vm.rooms.layers.get(v) else {
        return Ok(Value::Undefined);
    };
    let elements = layer.elements.clone();
    let mut ids = Vec::new();
    for e in elements {
        if let Some(ElementKind::Instance(id)) = vm.rooms.layers.elements.get(&e).map(|e| &e.kind) {
            ids.push(*id);
            vm.rooms.layers.remove_element(e);
        }
    }
    destroy_instances(vm, ids)?;
    Ok(Value::Undefined)
}

fn layer_add_instance(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let v = layer_arg(args, 0)?;
    let Some((id, depth)) = vm.rooms.layers.get(v).map(|l| (l.id, l.depth)) else {
        return Ok(Value::Undefined);
    };
    let Some(inst) = super::instances::instance_struct(vm, arg(args, 1)) else {
        return Ok(Value::Undefined);
    };
    let Some(inst_id) = inst.borrow().instance().map(|d| d.id) else {
        return Ok(Value::Undefined);
    };
    vm.rooms
        .layers
        .add_element(id, ElementKind::Instance(inst_id));
    let mut b = inst.borrow_mut();
    b.set(Sym::intern("layer"), Value::Real(id as f64));
    b.set(Sym::intern("depth"), Value::Real(depth));
    Ok(Value::Undefined)
}

fn layer_has_instance(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    forget_gone_instances(vm);
    let v = layer_arg(args, 0)?;
    let Some(layer) = vm.rooms.layers.get(v).map(|l| l.id) else {
        return Ok(Value::Bool(false));
    };
    let inst = super::instances::instance_struct(vm, arg(args, 1));
    let id = inst.and_then(|i| i.borrow().instance().map(|d| d.id));
    let m = &vm.rooms.layers;
    let on = id
        .and_then(|id| m.instance_elements.get(&id))
        .and_then(|e| m.elements.get(e))
        .is_some_and(|e| e.layer == layer);
    Ok(Value::Bool(on))
}

fn layer_instance_get_instance(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    forget_gone_instances(vm);
    let v = element_arg(args, 0)?;
    Ok(
        match vm.rooms.layers.element(v, |k| match k {
            ElementKind::Instance(id) => Some(id),
            _ => None,
        }) {
            Some(id) => Value::Ref(RefKind::Instance, *id),
            None => Value::Real(-4.0),
        },
    )
}

fn layer_depth(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let v = layer_arg(args, 0)?;
    let depth = real(args, 1)?;
    let Some(i) = vm.rooms.layers.find(v) else {
        return Ok(Value::Undefined);
    };
    vm.rooms.layers.set_depth(i, depth);
    // Instances on a layer draw at its depth.
    let layer = vm.rooms.layers.layers.iter().find(|l| l.depth == depth);
    let elements = layer.map(|l| l.elements.clone()).unwrap_or_default();
    for e in elements {
        if let Some(ElementKind::Instance(id)) = vm.rooms.layers.elements.get(&e).map(|e| &e.kind) {
            if let Some(inst) = vm.world.get_existing(*id) {
                inst.borrow_mut()
                    .set(Sym::intern("depth"), Value::Real(depth));
            }
        }
    }
    Ok(Value::Undefined)
}

/// A setter of one layer field.
fn set_layer(
    vm: &mut Vm,
    args: &[Value],
    set: impl Fn(&mut crate::runtime::layers::Layer, Value),
    value: Value,
) -> Result<Value> {
    let v = layer_arg(args, 0)?;
    if let Some(l) = vm.rooms.layers.get_mut(v) {
        set(l, value);
    }
    Ok(Value::Undefined)
}

/// A getter of one layer field; `missing` for a layer that does not exist.
fn get_layer(
    vm: &mut Vm,
    args: &[Value],
    get: impl Fn(&crate::runtime::layers::Layer) -> Value,
    missing: Value,
) -> Result<Value> {
    let v = layer_arg(args, 0)?;
    Ok(vm.rooms.layers.get(v).map_or(missing, get))
}

fn layer_x(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let x = real(args, 1)?;
    set_layer(vm, args, |l, _| l.x = x, Value::Undefined)
}

fn layer_y(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let y = real(args, 1)?;
    set_layer(vm, args, |l, _| l.y = y, Value::Undefined)
}

fn layer_hspeed(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = real(args, 1)?;
    set_layer(vm, args, |l, _| l.hspeed = s, Value::Undefined)
}

fn layer_vspeed(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = real(args, 1)?;
    set_layer(vm, args, |l, _| l.vspeed = s, Value::Undefined)
}

fn layer_set_visible(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let b = boolean(args, 1)?;
    set_layer(vm, args, |l, _| l.visible = b, Value::Undefined)
}

fn layer_get_x(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    get_layer(vm, args, |l| Value::Real(l.x), MISSING)
}

fn layer_get_y(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    get_layer(vm, args, |l| Value::Real(l.y), MISSING)
}

fn layer_get_hspeed(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    get_layer(vm, args, |l| Value::Real(l.hspeed), MISSING)
}

fn layer_get_vspeed(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    get_layer(vm, args, |l| Value::Real(l.vspeed), MISSING)
}

fn layer_get_visible(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    get_layer(vm, args, |l| Value::Bool(l.visible), Value::Bool(false))
}

fn layer_get_all(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    let ids = vm.rooms.layers.layers.iter();
    let ids = ids.map(|l| Value::Real(l.id as f64)).collect();
    Ok(Value::new_array(ids))
}

fn layer_get_all_elements(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    forget_gone_instances(vm);
    let v = layer_arg(args, 0)?;
    let ids = vm.rooms.layers.get(v).map(|l| l.elements.clone());
    let ids = ids.unwrap_or_default();
    Ok(Value::new_array(
        ids.into_iter().map(|e| Value::Real(e as f64)).collect(),
    ))
}

fn element_of(vm: &mut Vm, args: &[Value]) -> Result<Option<crate::runtime::layers::Element>> {
    forget_gone_instances(vm);
    let v = element_arg(args, 0)?.as_f64().unwrap_or(-1.0);
    Ok(if v.fract() == 0.0 {
        vm.rooms.layers.elements.get(&(v as i64)).cloned()
    } else {
        None
    })
}

fn layer_get_element_type(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let e = element_of(vm, args)?;
    Ok(Value::Real(e.map_or(-1.0, |e| e.kind.type_number())))
}

fn layer_get_element_layer(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let e = element_of(vm, args)?;
    Ok(Value::Real(e.map_or(-1.0, |e| e.layer as f64)))
}

fn layer_element_move(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let e = element_of(vm, args)?;
    let target = layer_arg(args, 1)?;
    let Some(layer) = vm.rooms.layers.get(target).map(|l| (l.id, l.depth)) else {
        return Ok(Value::Undefined);
    };
    if let Some(e) = e {
        let id = element_arg(args, 0)?.as_f64().unwrap_or(-1.0) as i64;
        vm.rooms.layers.move_element(id, layer.0);
        if let ElementKind::Instance(inst) = &e.kind {
            if let Some(s) = vm.world.get_existing(*inst) {
                let mut b = s.borrow_mut();
                b.set(Sym::intern("layer"), Value::Real(layer.0 as f64));
                b.set(Sym::intern("depth"), Value::Real(layer.1));
            }
        }
    }
    Ok(Value::Undefined)
}

fn layer_script_begin(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let f = arg(args, 1).clone();
    set_layer(vm, args, |l, f| l.script_begin = f, f)
}

fn layer_script_end(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let f = arg(args, 1).clone();
    set_layer(vm, args, |l, f| l.script_end = f, f)
}

fn layer_get_script_begin(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    get_layer(vm, args, |l| l.script_begin.clone(), MISSING)
}

fn layer_get_script_end(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    get_layer(vm, args, |l| l.script_end.clone(), MISSING)
}

fn layer_shader(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = arg(args, 1).clone();
    set_layer(vm, args, |l, s| l.shader = s, s)
}

fn layer_get_shader(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    get_layer(vm, args, |l| l.shader.clone(), MISSING)
}

/// `layer_set_target_room`: kept and read back. Layer functions act on the current room
/// (reaching into another room's layers before entering it is not supported headless).
fn layer_set_target_room(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let r = vm.rooms.room_of(arg(args, 0));
    vm.rooms.layers.target_room = r.map_or(-1.0, |r| r as f64);
    Ok(Value::Undefined)
}

fn layer_get_target_room(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    let t = vm.rooms.layers.target_room;
    Ok(if t >= 0.0 {
        Value::Ref(RefKind::Room, t as i64)
    } else {
        MISSING
    })
}

fn layer_reset_target_room(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    vm.rooms.layers.target_room = -1.0;
    Ok(Value::Undefined)
}

fn layer_force_draw_depth(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    vm.rooms.layers.depth_forced = boolean(args, 0)?;
    vm.rooms.layers.forced_depth = real(args, 1)?;
    Ok(Value::Undefined)
}

fn layer_is_draw_depth_forced(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    Ok(Value::Bool(vm.rooms.layers.depth_forced))
}

fn layer_get_forced_depth(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    Ok(Value::Real(vm.rooms.layers.forced_depth))
}

// ---- tile maps ----

/// A tile set argument: a tile set handle or its index.
fn tileset_arg(args: &[Value], i: usize) -> Result<i64> {
    match arg(args, i) {
        Value::Ref(_, n) => Ok(*n),
        _ => int(args, i),
    }
}

fn layer_tilemap_create(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let layer = layer_arg(args, 0)?;
    let (x, y) = (real(args, 1)?, real(args, 2)?);
    let tileset = tileset_arg(args, 3)?;
    let (w, h) = (int(args, 4)?, int(args, 5)?);
    if w < 0 || h < 0 {
        return Err(Error::msg(format!(
            "layer_tilemap_create: a tile map of {w} by {h} cells (the size cannot be negative)"
        )));
    }
    let Some(id) = vm.rooms.layers.get(layer).map(|l| l.id) else {
        return Ok(MISSING);
    };
    let mut t = Tilemap::new(tileset, x, y, w as usize, h as usize);
    t.start_frame = vm.game.frame;
    Ok(Value::Real(
        vm.rooms.layers.add_element(id, ElementKind::Tilemap(t)) as f64,
    ))
}

fn layer_tilemap_destroy(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let v = element_arg(args, 0)?;
    if vm.rooms.layers.element(v, tilemap_kind).is_some() {
        vm.rooms
            .layers
            .remove_element(v.as_f64().unwrap_or(-1.0) as i64);
    }
    Ok(Value::Undefined)
}

fn layer_tilemap_exists(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let layer = layer_arg(args, 0)?;
    let v = element_arg(args, 1)?;
    let Some(id) = vm.rooms.layers.get(layer).map(|l| l.id) else {
        return Ok(Value::Bool(false));
    };
    let e = v.as_f64().unwrap_or(-1.0);
    let found = vm.rooms.layers.elements.get(&(e as i64));
    Ok(Value::Bool(found.is_some_and(|e| {
        e.layer == id && matches!(e.kind, ElementKind::Tilemap(_))
    })))
}

fn layer_tilemap_get_id(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    first_element_of(vm, args, |k| matches!(k, ElementKind::Tilemap(_)))
}

/// The first element of the layer `args[0]` whose kind `is_kind` accepts, or -1.
pub(super) fn first_element_of(
    vm: &Vm,
    args: &[Value],
    is_kind: impl Fn(&ElementKind) -> bool,
) -> Result<Value> {
    let layer = layer_arg(args, 0)?;
    let m = &vm.rooms.layers;
    let Some(l) = m.get(layer) else {
        return Ok(MISSING);
    };
    let first = l
        .elements
        .iter()
        .find(|e| m.elements.get(*e).is_some_and(|e| is_kind(&e.kind)));
    Ok(first.map_or(MISSING, |e| Value::Real(*e as f64)))
}

/// Reads a tile map: `f` of it, or -1 when `args[0]` is not a tile map.
fn read_tilemap(vm: &Vm, args: &[Value], f: impl Fn(&Tilemap) -> Value) -> Result<Value> {
    let v = element_arg(args, 0)?;
    Ok(vm.rooms.layers.element(v, tilemap_kind).map_or(MISSING, f))
}

fn write_tilemap(vm: &mut Vm, args: &[Value], f: impl FnOnce(&mut Tilemap)) -> Result<Value> {
    let v = element_arg(args, 0)?;
    if let Some(t) = vm.rooms.layers.element_mut(v, tilemap_kind_mut) {
        f(t);
    }
    Ok(Value::Undefined)
}

/// A tile data argument: a number, kept as its 32 bits.
fn tile_data(args: &[Value], i: usize) -> Result<u32> {
    let n = element_arg(args, i)?.as_f64().unwrap_or(0.0);
    Ok(n as i64 as u32)
}

fn tilemap_get(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (x, y) = (int(args, 1)?, int(args, 2)?);
    read_tilemap(vm, args, |t| match t.cell(x, y) {
        Some(c) => Value::Real(t.cells[c] as f64),
        None => MISSING,
    })
}

/// Whether `data`'s tile index is within the tile map's tile set (always, when the set's facts
/// are unknown).
fn index_fits(vm: &Vm, t: &Tilemap, data: u32) -> bool {
    match vm.rooms.layers.tileset(t.tileset) {
        Some(set) => (data & TILE_INDEX_MASK) < set.tile_count.max(1),
        None => true,
    }
}

fn set_cell(
    vm: &mut Vm,
    args: &[Value],
    data: u32,
    cell: impl Fn(&Tilemap) -> Option<usize>,
) -> Result<Value> {
    let v = element_arg(args, 0)?;
    let Some(t) = vm.rooms.layers.element(v, tilemap_kind) else {
        return Ok(Value::Bool(false));
    };
    let (Some(c), true) = (cell(t), index_fits(vm, t, data)) else {
        return Ok(Value::Bool(false));
    };
    if let Some(t) = vm.rooms.layers.element_mut(v, tilemap_kind_mut) {
        t.cells[c] = data;
    }
    Ok(Value::Bool(true))
}

fn tilemap_set(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let data = tile_data(args, 1)?;
    let (x, y) = (int(args, 2)?, int(args, 3)?);
    set_cell(vm, args, data, |t| t.cell(x, y))
}

/// The cell holding room position (`px`, `py`): the tile map's position plus its layer's offset,
/// tiles of its tile set's size. None outside the map or when the tile size is unknown.
fn cell_at_pixel(vm: &Vm, v: &Value, px: f64, py: f64) -> Option<(i64, i64)> {
    let (t, layer) = vm.rooms.layers.tilemap_and_layer(v)?;
    let set = vm.rooms.layers.tileset(t.tileset)?;
    if set.tile_width <= 0.0 || set.tile_height <= 0.0 {
        return None;
    }
    let cx = ((px - t.x - layer.x) / set.tile_width).floor();
    let cy = ((py - t.y - layer.y) / set.tile_height).floor();
    t.cell(cx as i64, cy as i64)?;
    Some((cx as i64, cy as i64))
}

fn tilemap_get_at_pixel(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let v = element_arg(args, 0)?;
    let (px, py) = (real(args, 1)?, real(args, 2)?);
    let Some((x, y)) = cell_at_pixel(vm, v, px, py) else {
        return Ok(MISSING);
    };
    read_tilemap(vm, args, |t| match t.cell(x, y) {
        Some(c) => Value::Real(t.cells[c] as f64),
        None => MISSING,
    })
}

fn tilemap_set_at_pixel(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let v = element_arg(args, 0)?;
    let data = tile_data(args, 1)?;
    let (px, py) = (real(args, 2)?, real(args, 3)?);
    let at = cell_at_pixel(vm, v, px, py);
    set_cell(vm, args, data, |t| at.and_then(|(x, y)| t.cell(x, y)))
}

fn tilemap_get_cell_x_at_pixel(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let v = element_arg(args, 0)?;
    let (px, py) = (real(args, 1)?, real(args, 2)?);
    Ok(cell_at_pixel(vm, v, px, py).map_or(MISSING, |(x, _)| Value::Real(x as f64)))
}

fn tilemap_get_cell_y_at_pixel(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let v = element_arg(args, 0)?;
    let (px, py) = (real(args, 1)?, real(args, 2)?);
    Ok(cell_at_pixel(vm, v, px, py).map_or(MISSING, |(_, y)| Value::Real(y as f64)))
}

fn tilemap_clear(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let data = tile_data(args, 1)?;
    write_tilemap(vm, args, |t| t.cells.fill(data))
}

fn tilemap_get_width(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read_tilemap(vm, args, |t| Value::Real(t.width as f64))
}

fn tilemap_get_height(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read_tilemap(vm, args, |t| Value::Real(t.height as f64))
}

fn tilemap_set_width(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let w = int(args, 1)?.max(0) as usize;
    write_tilemap(vm, args, |t| t.resize(w, t.height))
}

fn tilemap_set_height(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let h = int(args, 1)?.max(0) as usize;
    write_tilemap(vm, args, |t| t.resize(t.width, h))
}

fn tilemap_get_x(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read_tilemap(vm, args, |t| Value::Real(t.x))
}

fn tilemap_get_y(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read_tilemap(vm, args, |t| Value::Real(t.y))
}

fn tilemap_x(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let x = real(args, 1)?;
    write_tilemap(vm, args, |t| t.x = x)
}

fn tilemap_y(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let y = real(args, 1)?;
    write_tilemap(vm, args, |t| t.y = y)
}

fn tilemap_get_tileset(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read_tilemap(vm, args, |t| {
        if t.tileset < 0 {
            MISSING
        } else {
            Value::Ref(RefKind::Tileset, t.tileset)
        }
    })
}

fn tilemap_tileset(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let set = tileset_arg(args, 1)?;
    write_tilemap(vm, args, |t| t.tileset = set)
}

fn tilemap_get_tile_width(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let set = read_tilemap(vm, args, |t| Value::Real(t.tileset as f64))?;
    let set = vm.rooms.layers.tileset(set.as_f64().unwrap_or(-1.0) as i64);
    Ok(set.map_or(MISSING, |s| Value::Real(s.tile_width)))
}

fn tilemap_get_tile_height(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let set = read_tilemap(vm, args, |t| Value::Real(t.tileset as f64))?;
    let set = vm.rooms.layers.tileset(set.as_f64().unwrap_or(-1.0) as i64);
    Ok(set.map_or(MISSING, |s| Value::Real(s.tile_height)))
}

fn tilemap_get_mask(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read_tilemap(vm, args, |t| Value::Real(t.mask as f64))
}

fn tilemap_set_mask(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let mask = tile_data(args, 1)?;
    write_tilemap(vm, args, |t| t.mask = mask)
}

fn tilemap_get_global_mask(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    Ok(Value::Real(vm.rooms.layers.global_mask as f64))
}

fn tilemap_set_global_mask(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    vm.rooms.layers.global_mask = tile_data(args, 0)?;
    Ok(Value::Undefined)
}

/// The animation frame the tile map shows: the game's time in frames of its tile set's animation
/// speed, wrapped to the set's frame count (0 for a set without animation).
fn tilemap_get_frame(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let v = element_arg(args, 0)?;
    let Some((set, start)) = vm
        .rooms
        .layers
        .element(v, tilemap_kind)
        .map(|t| (t.tileset, t.start_frame))
    else {
        return Ok(MISSING);
    };
    let Some(set) = vm.rooms.layers.tileset(set) else {
        return Ok(Value::Real(0.0));
    };
    // Counted from the tile map's creation (a new one shows its first frame).
    let seconds = vm.game.frame.saturating_sub(start) as f64 / vm.game.speed.max(1.0);
    let frame = (seconds * set.animation_speed).floor() as u64 % set.frames.max(1) as u64;
    Ok(Value::Real(frame as f64))
}

fn tileset_get_info(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let index = tileset_arg(args, 0)?;
    let Some(set) = vm.rooms.layers.tileset(index).cloned() else {
        return Ok(Value::Undefined);
    };
    let sprite = set.sprite.and_then(|s| vm.assets.sprite(s));
    let (w, h) = sprite.as_ref().map_or((0, 0), |s| (s.width, s.height));
    let mut frames = StructObj::new();
    for (tile, list) in &set.animations {
        let list = list.iter().map(|f| Value::Real(*f as f64)).collect();
        frames.set(Sym::intern(&tile.to_string()), Value::new_array(list));
    }
    let mut s = StructObj::new();
    let fields = [
        ("width", w as f64),
        ("height", h as f64),
        ("texture", -1.0),
        ("tile_width", set.tile_width),
        ("tile_height", set.tile_height),
        ("tile_horizontal_separator", set.tile_hsep),
        ("tile_vertical_separator", set.tile_vsep),
        ("tile_columns", set.columns),
        ("tile_count", set.tile_count as f64),
        ("frame_count", set.frames as f64),
        (
            "frame_length_ms",
            1000.0 / set.animation_speed.max(f64::MIN_POSITIVE),
        ),
    ];
    for (k, v) in fields {
        s.set(Sym::intern(k), Value::Real(v));
    }
    let spr = set
        .sprite
        .map_or(MISSING, |i| Value::Ref(RefKind::Sprite, i));
    s.set(Sym::intern("sprite_index"), spr);
    s.set(Sym::intern("frames"), Value::new_struct(frames));
    Ok(Value::new_struct(s))
}

// ---- tile data (manual: Tile Map Functions > Tile Data) ----

fn tile_bit(args: &[Value], bit: u32) -> Result<Value> {
    Ok(Value::Bool(tile_data(args, 0)? & bit != 0))
}

fn with_bit(args: &[Value], bit: u32) -> Result<Value> {
    let d = tile_data(args, 0)?;
    let d = if boolean(args, 1)? { d | bit } else { d & !bit };
    Ok(Value::Real(d as f64))
}

fn tile_get_index(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Real((tile_data(args, 0)? & TILE_INDEX_MASK) as f64))
}

fn tile_get_empty(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Bool(tile_data(args, 0)? & TILE_INDEX_MASK == 0))
}

fn tile_get_flip(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    tile_bit(args, TILE_FLIP)
}

fn tile_get_mirror(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    tile_bit(args, TILE_MIRROR)
}

fn tile_get_rotate(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    tile_bit(args, TILE_ROTATE)
}

fn tile_set_index(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let d = tile_data(args, 0)?;
    let i = tile_data(args, 1)? & TILE_INDEX_MASK;
    Ok(Value::Real(((d & !TILE_INDEX_MASK) | i) as f64))
}

fn tile_set_empty(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Real((tile_data(args, 0)? & !TILE_INDEX_MASK) as f64))
}

fn tile_set_flip(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    with_bit(args, TILE_FLIP)
}

fn tile_set_mirror(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    with_bit(args, TILE_MIRROR)
}

fn tile_set_rotate(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    with_bit(args, TILE_ROTATE)
}
