//! Elements on layers (manual: Rooms > Backgrounds, Sprites, Tiles (legacy), Sequences): each
//! keeps its properties in `runtime::layers` for code to read back. Nothing draws or plays
//! headless: a sequence element's play head stays where code puts it.
//!
//! A missing element is not an error: setters do nothing, getters return -1 (false for flags).

use super::args::*;
use super::layers::{element_arg, first_element_of, layer_arg};
use super::Builtin;
use crate::runtime::layers::{
    Background, ElementKind, SequenceElement, SequenceFacts, SpriteElement, Tile,
};
use crate::vm::error::Result;
use crate::vm::intern::Sym;
use crate::vm::value::{StructObj, Value};
use crate::vm::Vm;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("layer_background_create", 2, 2, layer_background_create),
    Builtin::new("layer_background_destroy", 1, 1, layer_background_destroy),
    Builtin::new("layer_background_exists", 2, 2, layer_background_exists),
    Builtin::new("layer_background_get_id", 1, 1, layer_background_get_id),
    Builtin::new("layer_background_visible", 2, 2, layer_background_visible),
    Builtin::new("layer_background_change", 2, 2, layer_background_sprite),
    Builtin::new("layer_background_sprite", 2, 2, layer_background_sprite),
    Builtin::new("layer_background_htiled", 2, 2, layer_background_htiled),
    Builtin::new("layer_background_vtiled", 2, 2, layer_background_vtiled),
    Builtin::new("layer_background_stretch", 2, 2, layer_background_stretch),
    Builtin::new("layer_background_xscale", 2, 2, layer_background_xscale),
    Builtin::new("layer_background_yscale", 2, 2, layer_background_yscale),
    Builtin::new("layer_background_blend", 2, 2, layer_background_blend),
    Builtin::new("layer_background_alpha", 2, 2, layer_background_alpha),
    Builtin::new("layer_background_index", 2, 2, layer_background_index),
    Builtin::new("layer_background_speed", 2, 2, layer_background_speed),
    Builtin::new(
        "layer_background_get_visible",
        1,
        1,
        layer_background_get_visible,
    ),
    Builtin::new(
        "layer_background_get_sprite",
        1,
        1,
        layer_background_get_sprite,
    ),
    Builtin::new(
        "layer_background_get_htiled",
        1,
        1,
        layer_background_get_htiled,
    ),
    Builtin::new(
        "layer_background_get_vtiled",
        1,
        1,
        layer_background_get_vtiled,
    ),
    Builtin::new(
        "layer_background_get_stretch",
        1,
        1,
        layer_background_get_stretch,
    ),
    Builtin::new(
        "layer_background_get_xscale",
        1,
        1,
        layer_background_get_xscale,
    ),
    Builtin::new(
        "layer_background_get_yscale",
        1,
        1,
        layer_background_get_yscale,
    ),
    Builtin::new(
        "layer_background_get_blend",
        1,
        1,
        layer_background_get_blend,
    ),
    Builtin::new(
        "layer_background_get_alpha",
        1,
        1,
        layer_background_get_alpha,
    ),
    Builtin::new(
        "layer_background_get_index",
        1,
        1,
        layer_background_get_index,
    ),
    Builtin::new(
        "layer_background_get_speed",
        1,
        1,
        layer_background_get_speed,
    ),
    Builtin::new("layer_sprite_create", 4, 4, layer_sprite_create),
    Builtin::new("layer_sprite_destroy", 1, 1, layer_sprite_destroy),
    Builtin::new("layer_sprite_exists", 2, 2, layer_sprite_exists),
    Builtin::new("layer_sprite_change", 2, 2, layer_sprite_change),
    Builtin::new("layer_sprite_index", 2, 2, layer_sprite_index),
    Builtin::new("layer_sprite_speed", 2, 2, layer_sprite_speed),
    Builtin::new("layer_sprite_xscale", 2, 2, layer_sprite_xscale),
    Builtin::new("layer_sprite_yscale", 2, 2, layer_sprite_yscale),
    Builtin::new("layer_sprite_angle", 2, 2, layer_sprite_angle),
    Builtin::new("layer_sprite_blend", 2, 2, layer_sprite_blend),
    Builtin::new("layer_sprite_alpha", 2, 2, layer_sprite_alpha),
    Builtin::new("layer_sprite_x", 2, 2, layer_sprite_x),
    Builtin::new("layer_sprite_y", 2, 2, layer_sprite_y),
    Builtin::new("layer_sprite_get_sprite", 1, 1, layer_sprite_get_sprite),
    Builtin::new("layer_sprite_get_index", 1, 1, layer_sprite_get_index),
    Builtin::new("layer_sprite_get_speed", 1, 1, layer_sprite_get_speed),
    Builtin::new("layer_sprite_get_xscale", 1, 1, layer_sprite_get_xscale),
    Builtin::new("layer_sprite_get_yscale", 1, 1, layer_sprite_get_yscale),
    Builtin::new("layer_sprite_get_angle", 1, 1, layer_sprite_get_angle),
    Builtin::new("layer_sprite_get_blend", 1, 1, layer_sprite_get_blend),
    Builtin::new("layer_sprite_get_alpha", 1, 1, layer_sprite_get_alpha),
    Builtin::new("layer_sprite_get_x", 1, 1, layer_sprite_get_x),
    Builtin::new("layer_sprite_get_y", 1, 1, layer_sprite_get_y),
    Builtin::new("layer_tile_create", 8, 8, layer_tile_create),
    Builtin::new("layer_tile_destroy", 1, 1, layer_tile_destroy),
    Builtin::new("layer_tile_exists", 2, 2, layer_tile_exists),
    Builtin::new("layer_tile_change", 2, 2, layer_tile_change),
    Builtin::new("layer_tile_region", 5, 5, layer_tile_region),
    Builtin::new("layer_tile_x", 2, 2, layer_tile_x),
    Builtin::new("layer_tile_y", 2, 2, layer_tile_y),
    Builtin::new("layer_tile_xscale", 2, 2, layer_tile_xscale),
    Builtin::new("layer_tile_yscale", 2, 2, layer_tile_yscale),
    Builtin::new("layer_tile_blend", 2, 2, layer_tile_blend),
    Builtin::new("layer_tile_alpha", 2, 2, layer_tile_alpha),
    Builtin::new("layer_tile_visible", 2, 2, layer_tile_visible),
    Builtin::new("layer_tile_get_sprite", 1, 1, layer_tile_get_sprite),
    Builtin::new("layer_tile_get_region", 1, 1, layer_tile_get_region),
    Builtin::new("layer_tile_get_x", 1, 1, layer_tile_get_x),
    Builtin::new("layer_tile_get_y", 1, 1, layer_tile_get_y),
    Builtin::new("layer_tile_get_xscale", 1, 1, layer_tile_get_xscale),
    Builtin::new("layer_tile_get_yscale", 1, 1, layer_tile_get_yscale),
    Builtin::new("layer_tile_get_blend", 1, 1, layer_tile_get_blend),
    Builtin::new("layer_tile_get_alpha", 1, 1, layer_tile_get_alpha),
    Builtin::new("layer_tile_get_visible", 1, 1, layer_tile_get_visible),
    Builtin::new("layer_sequence_create", 4, 4, layer_sequence_create),
    Builtin::new("layer_sequence_destroy", 1, 1, layer_sequence_destroy),
    Builtin::new("layer_sequence_exists", 2, 2, layer_sequence_exists),
    Builtin::new("layer_sequence_x", 2, 2, layer_sequence_x),
    Builtin::new("layer_sequence_y", 2, 2, layer_sequence_y),
    Builtin::new("layer_sequence_angle", 2, 2, layer_sequence_angle),
    Builtin::new("layer_sequence_xscale", 2, 2, layer_sequence_xscale),
    Builtin::new("layer_sequence_yscale", 2, 2, layer_sequence_yscale),
    Builtin::new("layer_sequence_headpos", 2, 2, layer_sequence_headpos),
    Builtin::new("layer_sequence_headdir", 2, 2, layer_sequence_headdir),
    Builtin::new("layer_sequence_speedscale", 2, 2, layer_sequence_speedscale),
    Builtin::new("layer_sequence_pause", 1, 1, layer_sequence_pause),
    Builtin::new("layer_sequence_play", 1, 1, layer_sequence_play),
    Builtin::new("layer_sequence_is_paused", 1, 1, layer_sequence_is_paused),
    Builtin::new("layer_sequence_get_x", 1, 1, layer_sequence_get_x),
    Builtin::new("layer_sequence_get_y", 1, 1, layer_sequence_get_y),
    Builtin::new("layer_sequence_get_angle", 1, 1, layer_sequence_get_angle),
    Builtin::new("layer_sequence_get_xscale", 1, 1, layer_sequence_get_xscale),
    Builtin::new("layer_sequence_get_yscale", 1, 1, layer_sequence_get_yscale),
    Builtin::new(
        "layer_sequence_get_headpos",
        1,
        1,
        layer_sequence_get_headpos,
    ),
    Builtin::new(
        "layer_sequence_get_headdir",
        1,
        1,
        layer_sequence_get_headdir,
    ),
    Builtin::new(
        "layer_sequence_get_speedscale",
        1,
        1,
        layer_sequence_get_speedscale,
    ),
    Builtin::new(
        "layer_sequence_get_sequence",
        1,
        1,
        layer_sequence_get_sequence,
    ),
    Builtin::new("layer_sequence_get_length", 1, 1, layer_sequence_get_length),
    Builtin::new(
        "layer_sequence_get_instance",
        1,
        1,
        layer_sequence_get_instance,
    ),
];

const MISSING: Value = Value::Real(-1.0);

// Element kinds: each pair picks one kind out of an element.
fn bg(k: &ElementKind) -> Option<&Background> {
    match k {
        ElementKind::Background(b) => Some(b),
        _ => None,
    }
}
fn bg_mut(k: &mut ElementKind) -> Option<&mut Background> {
    match k {
        ElementKind::Background(b) => Some(b),
        _ => None,
    }
}
fn spr(k: &ElementKind) -> Option<&SpriteElement> {
    match k {
        ElementKind::Sprite(s) => Some(s),
        _ => None,
    }
}
fn spr_mut(k: &mut ElementKind) -> Option<&mut SpriteElement> {
    match k {
        ElementKind::Sprite(s) => Some(s),
        _ => None,
    }
}
fn tile(k: &ElementKind) -> Option<&Tile> {
    match k {
        ElementKind::Tile(t) => Some(t),
        _ => None,
    }
}
fn tile_mut(k: &mut ElementKind) -> Option<&mut Tile> {
    match k {
        ElementKind::Tile(t) => Some(t),
        _ => None,
    }
}
fn seq(k: &ElementKind) -> Option<&SequenceElement> {
    match k {
        ElementKind::Sequence(s) => Some(s),
        _ => None,
    }
}
fn seq_mut(k: &mut ElementKind) -> Option<&mut SequenceElement> {
    match k {
        ElementKind::Sequence(s) => Some(s),
        _ => None,
    }
}

/// `f` of the element `args[0]` names when `pick` accepts it; `missing` otherwise.
fn read<T>(
    vm: &Vm,
    args: &[Value],
    pick: fn(&ElementKind) -> Option<&T>,
    missing: Value,
    f: impl Fn(&T) -> Value,
) -> Result<Value> {
    let v = element_arg(args, 0)?;
    Ok(vm.rooms.layers.element(v, pick).map_or(missing, f))
}

fn write<T>(
    vm: &mut Vm,
    args: &[Value],
    pick: fn(&mut ElementKind) -> Option<&mut T>,
    f: impl FnOnce(&mut T),
) -> Result<Value> {
    let v = element_arg(args, 0)?;
    if let Some(e) = vm.rooms.layers.element_mut(v, pick) {
        f(e);
    }
    Ok(Value::Undefined)
}

/// Adds an element to the layer `args[0]` names; -1 when there is no such layer.
fn create(vm: &mut Vm, args: &[Value], kind: ElementKind) -> Result<Value> {
    let layer = layer_arg(args, 0)?;
    let Some(id) = vm.rooms.layers.get(layer).map(|l| l.id) else {
        return Ok(MISSING);
    };
    Ok(Value::Real(vm.rooms.layers.add_element(id, kind) as f64))
}

fn destroy(vm: &mut Vm, args: &[Value], is: fn(&ElementKind) -> bool) -> Result<Value> {
    let v = element_arg(args, 0)?;
    if vm
        .rooms
        .layers
        .element(v, |k| is(k).then_some(&()))
        .is_some()
    {
        vm.rooms
            .layers
            .remove_element(v.as_f64().unwrap_or(-1.0) as i64);
    }
    Ok(Value::Undefined)
}

/// Whether element `args[1]` is on layer `args[0]` and of the kind `is` accepts.
fn exists(vm: &mut Vm, args: &[Value], is: fn(&ElementKind) -> bool) -> Result<Value> {
    let layer = layer_arg(args, 0)?;
    let e = element_arg(args, 1)?.as_f64().unwrap_or(-1.0);
    let Some(id) = vm.rooms.layers.get(layer).map(|l| l.id) else {
        return Ok(Value::Bool(false));
    };
    let found = vm.rooms.layers.elements.get(&(e as i64));
    Ok(Value::Bool(
        found.is_some_and(|e| e.layer == id && is(&e.kind)),
    ))
}

fn real_v(x: f64) -> Value {
    Value::Real(x)
}

// ---- backgrounds ----

fn layer_background_create(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let mut b = Background::new(arg(args, 1).clone());
    b.blend = 4294967295.0;
    create(vm, args, ElementKind::Background(b))
}

fn layer_background_destroy(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    destroy(vm, args, |k| bg(k).is_some())
}

fn layer_background_exists(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    exists(vm, args, |k| bg(k).is_some())
}

fn layer_background_get_id(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    first_element_of(vm, args, |k| matches!(k, ElementKind::Background(_)))
}

fn layer_background_visible(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let b = boolean(args, 1)?;
    write(vm, args, bg_mut, |e| e.visible = b)
}
fn layer_background_sprite(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = arg(args, 1).clone();
    write(vm, args, bg_mut, |e| e.sprite = s)
}
fn layer_background_htiled(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let b = boolean(args, 1)?;
    write(vm, args, bg_mut, |e| e.htiled = b)
}
fn layer_background_vtiled(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let b = boolean(args, 1)?;
    write(vm, args, bg_mut, |e| e.vtiled = b)
}
fn layer_background_stretch(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let b = boolean(args, 1)?;
    write(vm, args, bg_mut, |e| e.stretch = b)
}
fn layer_background_xscale(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let x = real(args, 1)?;
    write(vm, args, bg_mut, |e| e.xscale = x)
}
fn layer_background_yscale(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let x = real(args, 1)?;
    write(vm, args, bg_mut, |e| e.yscale = x)
}
fn layer_background_blend(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let x = real(args, 1)?;
    write(vm, args, bg_mut, |e| e.blend = x)
}
fn layer_background_alpha(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let x = real(args, 1)?;
    write(vm, args, bg_mut, |e| e.alpha = x)
}
/// The frame wraps to the background sprite's frame count.
fn layer_background_index(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let i = real(args, 1)?.floor();
    let sprite = read(vm, args, bg, MISSING, |e| e.sprite.clone())?;
    let frames = match sprite {
        Value::Ref(_, s) => vm.assets.sprite(s).map_or(1, |s| s.frames.max(1)),
        _ => 1,
    } as f64;
    write(vm, args, bg_mut, |e| e.index = i.rem_euclid(frames))
}
fn layer_background_speed(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let x = real(args, 1)?;
    write(vm, args, bg_mut, |e| e.speed = x)
}
fn layer_background_get_visible(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read(vm, args, bg, Value::Bool(false), |e| Value::Bool(e.visible))
}
fn layer_background_get_sprite(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read(vm, args, bg, MISSING, |e| e.sprite.clone())
}
fn layer_background_get_htiled(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read(vm, args, bg, Value::Bool(false), |e| Value::Bool(e.htiled))
}
fn layer_background_get_vtiled(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read(vm, args, bg, Value::Bool(false), |e| Value::Bool(e.vtiled))
}
fn layer_background_get_stretch(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read(vm, args, bg, Value::Bool(false), |e| Value::Bool(e.stretch))
}
fn layer_background_get_xscale(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read(vm, args, bg, MISSING, |e| real_v(e.xscale))
}
fn layer_background_get_yscale(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read(vm, args, bg, MISSING, |e| real_v(e.yscale))
}
fn layer_background_get_blend(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read(vm, args, bg, MISSING, |e| real_v(e.blend))
}
fn layer_background_get_alpha(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read(vm, args, bg, MISSING, |e| real_v(e.alpha))
}
fn layer_background_get_index(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read(vm, args, bg, MISSING, |e| real_v(e.index))
}
fn layer_background_get_speed(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read(vm, args, bg, MISSING, |e| real_v(e.speed))
}

// ---- sprites ----

fn layer_sprite_create(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (x, y) = (real(args, 1)?, real(args, 2)?);
    let s = SpriteElement::new(arg(args, 3).clone(), x, y);
    create(vm, args, ElementKind::Sprite(s))
}
fn layer_sprite_destroy(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    destroy(vm, args, |k| spr(k).is_some())
}
fn layer_sprite_exists(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    exists(vm, args, |k| spr(k).is_some())
}
fn layer_sprite_change(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = arg(args, 1).clone();
    write(vm, args, spr_mut, |e| e.sprite = s)
}
fn layer_sprite_index(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let x = real(args, 1)?;
    write(vm, args, spr_mut, |e| e.index = x)
}
fn layer_sprite_speed(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let x = real(args, 1)?;
    write(vm, args, spr_mut, |e| e.speed = x)
}
fn layer_sprite_xscale(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let x = real(args, 1)?;
    write(vm, args, spr_mut, |e| e.xscale = x)
}
fn layer_sprite_yscale(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let x = real(args, 1)?;
    write(vm, args, spr_mut, |e| e.yscale = x)
}
fn layer_sprite_angle(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let x = real(args, 1)?;
    write(vm, args, spr_mut, |e| e.angle = x)
}
fn layer_sprite_blend(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let x = real(args, 1)?;
    write(vm, args, spr_mut, |e| e.blend = x)
}
fn layer_sprite_alpha(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let x = real(args, 1)?;
    write(vm, args, spr_mut, |e| e.alpha = x)
}
fn layer_sprite_x(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let x = real(args, 1)?;
    write(vm, args, spr_mut, |e| e.x = x)
}
fn layer_sprite_y(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let x = real(args, 1)?;
    write(vm, args, spr_mut, |e| e.y = x)
}
fn layer_sprite_get_sprite(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read(vm, args, spr, MISSING, |e| e.sprite.clone())
}
fn layer_sprite_get_index(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read(vm, args, spr, MISSING, |e| real_v(e.index))
}
fn layer_sprite_get_speed(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read(vm, args, spr, MISSING, |e| real_v(e.speed))
}
fn layer_sprite_get_xscale(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read(vm, args, spr, MISSING, |e| real_v(e.xscale))
}
fn layer_sprite_get_yscale(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read(vm, args, spr, MISSING, |e| real_v(e.yscale))
}
fn layer_sprite_get_angle(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read(vm, args, spr, MISSING, |e| real_v(e.angle))
}
fn layer_sprite_get_blend(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read(vm, args, spr, MISSING, |e| real_v(e.blend))
}
fn layer_sprite_get_alpha(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read(vm, args, spr, MISSING, |e| real_v(e.alpha))
}
fn layer_sprite_get_x(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read(vm, args, spr, MISSING, |e| real_v(e.x))
}
fn layer_sprite_get_y(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read(vm, args, spr, MISSING, |e| real_v(e.y))
}

// ---- legacy tiles ----

fn layer_tile_create(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (x, y) = (real(args, 1)?, real(args, 2)?);
    let region = [
        real(args, 4)?,
        real(args, 5)?,
        real(args, 6)?,
        real(args, 7)?,
    ];
    let t = Tile {
        sprite: arg(args, 3).clone(),
        x,
        y,
        region,
        xscale: 1.0,
        yscale: 1.0,
        blend: 4294967295.0,
        alpha: 1.0,
        visible: true,
    };
    create(vm, args, ElementKind::Tile(t))
}
fn layer_tile_destroy(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    destroy(vm, args, |k| tile(k).is_some())
}
fn layer_tile_exists(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    exists(vm, args, |k| tile(k).is_some())
}
fn layer_tile_change(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = arg(args, 1).clone();
    write(vm, args, tile_mut, |e| e.sprite = s)
}
fn layer_tile_region(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let r = [
        real(args, 1)?,
        real(args, 2)?,
        real(args, 3)?,
        real(args, 4)?,
    ];
    write(vm, args, tile_mut, |e| e.region = r)
}
fn layer_tile_x(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let x = real(args, 1)?;
    write(vm, args, tile_mut, |e| e.x = x)
}
fn layer_tile_y(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let x = real(args, 1)?;
    write(vm, args, tile_mut, |e| e.y = x)
}
fn layer_tile_xscale(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let x = real(args, 1)?;
    write(vm, args, tile_mut, |e| e.xscale = x)
}
fn layer_tile_yscale(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let x = real(args, 1)?;
    write(vm, args, tile_mut, |e| e.yscale = x)
}
fn layer_tile_blend(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let x = real(args, 1)?;
    write(vm, args, tile_mut, |e| e.blend = x)
}
fn layer_tile_alpha(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let x = real(args, 1)?;
    write(vm, args, tile_mut, |e| e.alpha = x)
}
fn layer_tile_visible(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let b = boolean(args, 1)?;
    write(vm, args, tile_mut, |e| e.visible = b)
}
fn layer_tile_get_sprite(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read(vm, args, tile, MISSING, |e| e.sprite.clone())
}
fn layer_tile_get_region(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read(vm, args, tile, MISSING, |e| {
        Value::new_array(e.region.iter().map(|r| Value::Real(*r)).collect())
    })
}
fn layer_tile_get_x(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read(vm, args, tile, MISSING, |e| real_v(e.x))
}
fn layer_tile_get_y(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read(vm, args, tile, MISSING, |e| real_v(e.y))
}
fn layer_tile_get_xscale(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read(vm, args, tile, MISSING, |e| real_v(e.xscale))
}
fn layer_tile_get_yscale(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read(vm, args, tile, MISSING, |e| real_v(e.yscale))
}
fn layer_tile_get_blend(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read(vm, args, tile, MISSING, |e| real_v(e.blend))
}
fn layer_tile_get_alpha(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read(vm, args, tile, MISSING, |e| real_v(e.alpha))
}
fn layer_tile_get_visible(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read(vm, args, tile, Value::Bool(false), |e| {
        Value::Bool(e.visible)
    })
}

// ---- sequences (kept, not played) ----

fn layer_sequence_create(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (x, y) = (real(args, 1)?, real(args, 2)?);
    let s = SequenceElement {
        sequence: arg(args, 3).clone(),
        x,
        y,
        angle: 0.0,
        xscale: 1.0,
        yscale: 1.0,
        headpos: 0.0,
        headdir: 1.0,
        speedscale: 1.0,
        paused: false,
    };
    create(vm, args, ElementKind::Sequence(s))
}
fn layer_sequence_destroy(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    destroy(vm, args, |k| seq(k).is_some())
}
fn layer_sequence_exists(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    exists(vm, args, |k| seq(k).is_some())
}
fn layer_sequence_x(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let x = real(args, 1)?;
    write(vm, args, seq_mut, |e| e.x = x)
}
fn layer_sequence_y(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let x = real(args, 1)?;
    write(vm, args, seq_mut, |e| e.y = x)
}
fn layer_sequence_angle(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let x = real(args, 1)?;
    write(vm, args, seq_mut, |e| e.angle = x)
}
fn layer_sequence_xscale(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let x = real(args, 1)?;
    write(vm, args, seq_mut, |e| e.xscale = x)
}
fn layer_sequence_yscale(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let x = real(args, 1)?;
    write(vm, args, seq_mut, |e| e.yscale = x)
}
fn layer_sequence_headpos(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let x = real(args, 1)?;
    write(vm, args, seq_mut, |e| e.headpos = x)
}
fn layer_sequence_headdir(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    // seqdir_right (1) or seqdir_left (-1): the sign is what counts.
    let x = if real(args, 1)? < 0.0 { -1.0 } else { 1.0 };
    write(vm, args, seq_mut, |e| e.headdir = x)
}
fn layer_sequence_speedscale(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let x = real(args, 1)?;
    write(vm, args, seq_mut, |e| e.speedscale = x)
}
fn layer_sequence_pause(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    write(vm, args, seq_mut, |e| e.paused = true)
}
fn layer_sequence_play(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    write(vm, args, seq_mut, |e| e.paused = false)
}
fn layer_sequence_is_paused(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read(vm, args, seq, Value::Bool(false), |e| Value::Bool(e.paused))
}
fn layer_sequence_get_x(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read(vm, args, seq, MISSING, |e| real_v(e.x))
}
fn layer_sequence_get_y(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read(vm, args, seq, MISSING, |e| real_v(e.y))
}
fn layer_sequence_get_angle(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read(vm, args, seq, MISSING, |e| real_v(e.angle))
}
fn layer_sequence_get_xscale(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read(vm, args, seq, MISSING, |e| real_v(e.xscale))
}
fn layer_sequence_get_yscale(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read(vm, args, seq, MISSING, |e| real_v(e.yscale))
}
fn layer_sequence_get_headpos(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read(vm, args, seq, MISSING, |e| real_v(e.headpos))
}
fn layer_sequence_get_headdir(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read(vm, args, seq, MISSING, |e| real_v(e.headdir))
}
fn layer_sequence_get_speedscale(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    read(vm, args, seq, MISSING, |e| real_v(e.speedscale))
}
/// The sequence asset's facts as a sequence struct (GameMaker's sequence object: name,
/// length, playback settings, origin); only what the project's `.yy` gives is filled in:
/// tracks and keyframes are not loaded, so those arrays start empty.
fn sequence_struct(vm: &Vm, sequence: &Value) -> Value {
    let facts = match sequence {
        Value::Ref(_, i) => vm.rooms.layers.sequences.get(i).cloned(),
        _ => None,
    };
    let mut s = StructObj::new();
    let name = facts.as_ref().map_or("", |f| &f.name);
    s.set(Sym::intern("name"), Value::str(name));
    let real = |get: fn(&SequenceFacts) -> f64, default: f64| {
        Value::Real(facts.as_ref().map_or(default, get))
    };
    s.set(Sym::intern("length"), real(|f| f.length, 0.0));
    s.set(
        Sym::intern("playbackSpeed"),
        real(|f| f.playback_speed, 60.0),
    );
    s.set(
        Sym::intern("playbackSpeedType"),
        real(|f| f.playback_speed_type, 0.0),
    );
    s.set(Sym::intern("loopmode"), real(|f| f.loopmode, 0.0));
    s.set(Sym::intern("volume"), real(|f| f.volume, 1.0));
    s.set(Sym::intern("xorigin"), real(|f| f.xorigin, 0.0));
    s.set(Sym::intern("yorigin"), real(|f| f.yorigin, 0.0));
    for list in ["messageEventKeyframes", "momentKeyframes"] {
        s.set(Sym::intern(list), Value::new_array(Vec::new()));
    }
    s.set(Sym::intern("tracks"), Value::new_array(Vec::new()));
    Value::new_struct(s)
}

fn layer_sequence_get_sequence(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let e = read(vm, args, seq, MISSING, |e| e.sequence.clone())?;
    let id = element_arg(args, 0)?;
    if vm.rooms.layers.element(id, seq).is_none() {
        return Ok(e);
    }
    Ok(sequence_struct(vm, &e))
}

fn layer_sequence_get_length(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let e = read(vm, args, seq, MISSING, |e| e.sequence.clone())?;
    Ok(match e {
        Value::Ref(_, i) => real_v(vm.rooms.layers.sequences.get(&i).map_or(0.0, |s| s.length)),
        _ => MISSING,
    })
}

/// The element's sequence instance: a struct with its sequence and play head (a fresh
/// snapshot on each call, as nothing plays headless).
fn layer_sequence_get_instance(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let id = element_arg(args, 0)?;
    let Some(e) = vm.rooms.layers.element(id, seq).cloned() else {
        return Ok(Value::Undefined);
    };
    let mut s = StructObj::new();
    s.set(Sym::intern("sequence"), sequence_struct(vm, &e.sequence));
    s.set(Sym::intern("headPosition"), Value::Real(e.headpos));
    s.set(Sym::intern("headDirection"), Value::Real(e.headdir));
    s.set(Sym::intern("speedScale"), Value::Real(e.speedscale));
    s.set(Sym::intern("paused"), Value::Bool(e.paused));
    s.set(Sym::intern("finished"), Value::Bool(false));
    s.set(Sym::intern("volume"), Value::Real(1.0));
    // Nothing plays headless, so no track is ever active.
    s.set(Sym::intern("activeTracks"), Value::new_array(Vec::new()));
    s.set(Sym::intern("elementID"), id.clone());
    Ok(Value::new_struct(s))
}
