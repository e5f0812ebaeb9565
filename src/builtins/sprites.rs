//! Sprite functions (manual: Asset Management > Sprites): the facts of a sprite (size, origin,
//! frames, bounding box, speed), the settings that change its collision mask, and the ways a
//! script makes sprites at run time (`sprite_add` from a PNG strip, `sprite_create_from_surface`,
//! `sprite_duplicate`). Nothing is drawn: only sizes and alpha masks matter.

use super::args::*;
use super::assets::asset_index;
use super::{Builtin, ConstValue, Constant};
use crate::runtime::instance_sprite;
use crate::runtime::sprite::{decode_png_alpha, BBoxMode, MaskKind, PixelBox, Sprite};
use crate::vm::error::{Error, Result};
use crate::vm::value::{RefKind, Value};
use crate::vm::Vm;
use std::rc::Rc;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("sprite_get_width", 1, 1, sprite_get_width),
    Builtin::new("sprite_get_uvs", 2, 2, sprite_get_uvs),
    Builtin::new("sprite_get_height", 1, 1, sprite_get_height),
    Builtin::new("sprite_get_xoffset", 1, 1, sprite_get_xoffset),
    Builtin::new("sprite_get_yoffset", 1, 1, sprite_get_yoffset),
    Builtin::new("sprite_get_number", 1, 1, sprite_get_number),
    Builtin::new("sprite_get_bbox_left", 1, 1, sprite_get_bbox_left),
    Builtin::new("sprite_get_bbox_top", 1, 1, sprite_get_bbox_top),
    Builtin::new("sprite_get_bbox_right", 1, 1, sprite_get_bbox_right),
    Builtin::new("sprite_get_bbox_bottom", 1, 1, sprite_get_bbox_bottom),
    Builtin::new("sprite_get_bbox_mode", 1, 1, sprite_get_bbox_mode),
    Builtin::new("sprite_get_speed", 1, 1, sprite_get_speed),
    Builtin::new("sprite_get_speed_type", 1, 1, sprite_get_speed_type),
    Builtin::new("sprite_set_offset", 3, 3, sprite_set_offset),
    Builtin::new("sprite_set_bbox", 5, 5, sprite_set_bbox),
    Builtin::new("sprite_set_bbox_mode", 2, 2, sprite_set_bbox_mode),
    Builtin::new("sprite_set_speed", 3, 3, sprite_set_speed),
    Builtin::new("sprite_collision_mask", 9, 9, sprite_collision_mask),
    Builtin::new("sprite_add", 6, 6, sprite_add),
    Builtin::new(
        "sprite_create_from_surface",
        9,
        9,
        sprite_create_from_surface,
    ),
    Builtin::new("sprite_duplicate", 1, 1, sprite_duplicate),
    Builtin::new("sprite_delete", 1, 1, sprite_delete),
];

pub const CONSTANTS: &[Constant] = &[
    ("bboxmode_automatic", ConstValue::Real(0.0)),
    ("bboxmode_fullimage", ConstValue::Real(1.0)),
    ("bboxmode_manual", ConstValue::Real(2.0)),
    ("bboxkind_precise", ConstValue::Real(0.0)),
    ("bboxkind_rectangular", ConstValue::Real(1.0)),
    ("bboxkind_ellipse", ConstValue::Real(2.0)),
    ("bboxkind_diamond", ConstValue::Real(3.0)),
    ("spritespeed_framespersecond", ConstValue::Real(0.0)),
    ("spritespeed_framespergameframe", ConstValue::Real(1.0)),
];

/// The sprite an argument names, if it exists.
fn sprite_arg(vm: &Vm, args: &[Value], i: usize) -> Option<(i64, Rc<Sprite>)> {
    let index = asset_index(arg(args, i), RefKind::Sprite)?;
    vm.assets.sprite(index).map(|s| (index, s))
}

/// A fact of a sprite, or 0 when it does not exist (as GameMaker's runners return).
fn fact(vm: &Vm, args: &[Value], f: impl Fn(&Sprite) -> f64) -> Result<Value> {
    Ok(Value::Real(
        sprite_arg(vm, args, 0).map_or(0.0, |(_, s)| f(&s)),
    ))
}

/// Where a frame sits on its texture page: left, top, right, bottom (0-1), the pixels trimmed
/// left and top, and the share of width and height kept. Headless, each frame is its own
/// untrimmed page: `[0, 0, 1, 1, 0, 0, 1, 1]`; -1 for a sprite that does not exist.
fn sprite_get_uvs(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    if sprite_arg(vm, args, 0).is_none() {
        return Ok(Value::Real(-1.0));
    }
    let uvs = [0.0, 0.0, 1.0, 1.0, 0.0, 0.0, 1.0, 1.0];
    Ok(Value::new_array(
        uvs.iter().map(|v| Value::Real(*v)).collect(),
    ))
}

fn sprite_get_width(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    fact(vm, args, |s| s.width as f64)
}
fn sprite_get_height(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    fact(vm, args, |s| s.height as f64)
}
fn sprite_get_xoffset(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    fact(vm, args, |s| s.xorigin)
}
fn sprite_get_yoffset(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    fact(vm, args, |s| s.yorigin)
}
fn sprite_get_number(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    fact(vm, args, |s| s.frames as f64)
}
fn sprite_get_bbox_left(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    fact(vm, args, |s| s.bbox.left as f64)
}
fn sprite_get_bbox_top(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    fact(vm, args, |s| s.bbox.top as f64)
}
fn sprite_get_bbox_right(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    fact(vm, args, |s| s.bbox.right as f64)
}
fn sprite_get_bbox_bottom(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    fact(vm, args, |s| s.bbox.bottom as f64)
}
fn sprite_get_speed(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    fact(vm, args, |s| s.speed)
}
fn sprite_get_speed_type(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    fact(vm, args, |s| s.speed_per_game_frame as i32 as f64)
}
fn sprite_get_bbox_mode(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Real(sprite_arg(vm, args, 0).map_or(
        -1.0,
        |(_, s)| match s.bbox_mode {
            BBoxMode::Automatic => 0.0,
            BBoxMode::FullImage => 1.0,
            BBoxMode::Manual => 2.0,
        },
    )))
}

/// Changes a sprite and brings every instance showing or masked by it up to date.
fn modify(vm: &mut Vm, args: &[Value], f: impl FnOnce(&mut Sprite) -> Result<()>) -> Result<()> {
    let Some((index, spr)) = sprite_arg(vm, args, 0) else {
        return Ok(());
    };
    let mut s = (*spr).clone();
    f(&mut s)?;
    vm.assets.set_sprite(index, s);
    refresh_instances(vm, index);
    Ok(())
}

/// Re-resolves `sprite_index`/`mask_index` of the instances using sprite `index`.
fn refresh_instances(vm: &mut Vm, index: i64) {
    let uses = |v: Option<&Value>| v.and_then(|v| asset_index(v, RefKind::Sprite)) == Some(index);
    for inst in vm.world.instances.clone() {
        let mut s = inst.borrow_mut();
        instance_sprite::with_syms(|k| {
            for name in [k.sprite_index, k.mask_index] {
                if uses(s.get(name)) {
                    let v = s.get(name).cloned().unwrap_or_default();
                    instance_sprite::set_var(&mut s, name, &v);
                }
            }
        });
    }
}

fn sprite_set_offset(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (x, y) = (real(args, 1)?, real(args, 2)?);
    modify(vm, args, |s| {
        s.xorigin = x;
        s.yorigin = y;
        Ok(())
    })?;
    Ok(Value::Undefined)
}

fn sprite_set_bbox(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let b = PixelBox {
        left: int(args, 1)? as i32,
        top: int(args, 2)? as i32,
        right: int(args, 3)? as i32,
        bottom: int(args, 4)? as i32,
    };
    modify(vm, args, |s| {
        s.bbox = b;
        s.build_masks();
        Ok(())
    })?;
    Ok(Value::Undefined)
}

fn sprite_set_bbox_mode(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let Some(mode) = BBoxMode::from_number(int(args, 1)?) else {
        return Ok(Value::Undefined);
    };
    modify(vm, args, |s| {
        s.bbox_mode = mode;
        s.compute_bbox();
        s.build_masks();
        Ok(())
    })?;
    Ok(Value::Undefined)
}

fn sprite_set_speed(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let speed = real(args, 1)?;
    let per_game_frame = int(args, 2)? == 1;
    modify(vm, args, |s| {
        s.speed = speed;
        s.speed_per_game_frame = per_game_frame;
        Ok(())
    })?;
    Ok(Value::Undefined)
}

/// `sprite_collision_mask(ind, sepmasks, bboxmode, bbleft, bbtop, bbright, bbbottom, kind,
/// tolerance)`: the manual box is used only with `bboxmode_manual`.
fn sprite_collision_mask(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let sep = boolean(args, 1)?;
    let mode = BBoxMode::from_number(int(args, 2)?)
        .ok_or_else(|| Error::msg("sprite_collision_mask: bboxmode must be 0, 1 or 2"))?;
    let manual = PixelBox {
        left: int(args, 3)? as i32,
        top: int(args, 4)? as i32,
        right: int(args, 5)? as i32,
        bottom: int(args, 6)? as i32,
    };
    let kind = match int(args, 7)? {
        0 if sep => MaskKind::PrecisePerFrame,
        k => MaskKind::from_number(k)
            .filter(|k| *k != MaskKind::PrecisePerFrame)
            .ok_or_else(|| Error::msg("sprite_collision_mask: unknown bboxkind"))?,
    };
    let tolerance = int(args, 8)?.clamp(0, 255) as u8;
    modify(vm, args, |s| {
        s.bbox_mode = mode;
        s.bbox = manual;
        s.kind = kind;
        s.tolerance = tolerance;
        s.compute_bbox();
        s.build_masks();
        Ok(())
    })?;
    Ok(Value::Undefined)
}

/// `sprite_add(fname, imgnum, removeback, smooth, xorig, yorig)`: a PNG strip of `imgnum`
/// frames side by side, read from the save directory (or the game's included files). Returns
/// the new sprite, or -1 when the file cannot be read or decoded.
fn sprite_add(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let fname = string(args, 0)?.to_string();
    let frames = int(args, 1)?.max(1) as u32;
    let (xorig, yorig) = (real(args, 4)?, real(args, 5)?);
    let path = crate::builtins::files::sandbox::resolve_path(vm, &fname)?;
    let Ok(bytes) = std::fs::read(&path) else {
        return Ok(Value::Real(-1.0));
    };
    let Ok((w, h, alpha)) = decode_png_alpha(&bytes) else {
        return Ok(Value::Real(-1.0));
    };
    let fw = (w / frames).max(1);
    let mut spr = Sprite::new(fw, h, frames);
    spr.xorigin = xorig;
    spr.yorigin = yorig;
    spr.alpha = (0..frames)
        .map(|f| {
            let mut a = Vec::with_capacity(fw as usize * h as usize);
            for y in 0..h as usize {
                for x in 0..fw as usize {
                    let sx = f as usize * fw as usize + x;
                    a.push(if sx < w as usize {
                        alpha[y * w as usize + sx]
                    } else {
                        0
                    });
                }
            }
            a
        })
        .collect();
    // Sprites added at run time get an automatic box and a rectangle mask.
    spr.bbox_mode = BBoxMode::Automatic;
    spr.compute_bbox();
    let index = vm.assets.add_runtime_sprite(spr);
    Ok(Value::Ref(RefKind::Sprite, index))
}

/// `sprite_create_from_surface(surf, x, y, w, h, removeback, smooth, xorig, yorig)`: nothing
/// was drawn on a headless surface, so the sprite is a `w` x `h` frame with a full-image box.
fn sprite_create_from_surface(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let surface = int(args, 0)?;
    if !crate::builtins::headless::surface_exists_id(vm, surface) {
        return Err(Error::msg(format!(
            "sprite_create_from_surface: surface {surface} does not exist"
        )));
    }
    let (w, h) = (int(args, 3)?, int(args, 4)?);
    if w <= 0 || h <= 0 {
        return Ok(Value::Real(-1.0));
    }
    let mut spr = Sprite::new(w as u32, h as u32, 1);
    spr.xorigin = real(args, 7)?;
    spr.yorigin = real(args, 8)?;
    let index = vm.assets.add_runtime_sprite(spr);
    Ok(Value::Ref(RefKind::Sprite, index))
}

fn sprite_duplicate(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let Some((_, spr)) = sprite_arg(vm, args, 0) else {
        return Ok(Value::Real(-1.0));
    };
    let index = vm.assets.add_runtime_sprite((*spr).clone());
    Ok(Value::Ref(RefKind::Sprite, index))
}

fn sprite_delete(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let Some((index, _)) = sprite_arg(vm, args, 0) else {
        return Ok(Value::Bool(false));
    };
    let done = vm.assets.delete(RefKind::Sprite, index);
    refresh_instances(vm, index);
    Ok(Value::Bool(done))
}
