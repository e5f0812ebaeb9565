//! An instance's sprite and collision mask: `sprite_index`, `mask_index`, the read-only
//! variables derived from them (`sprite_width`, `image_number`, `bbox_*`...), kept in the
//! instance's built-in slots and refreshed whenever something they depend on is written, and the
//! animation step.
//!
//! The bounding box follows GameMaker's current collision system (not the "collision
//! compatibility mode"): a 32x32 sprite with origin 0,0 at x = 0 has `bbox_left` 0 and
//! `bbox_right` 32, and boxes that only touch do not collide.

use super::instance::{builtin_sym, slot};
use super::sprite::Sprite;
use crate::vm::intern::Sym;
use crate::vm::value::{RefKind, StructObj, Value};
use std::rc::Rc;

pub struct SpriteSyms {
    pub sprite_index: Sym,
    pub mask_index: Sym,
    pub image_xscale: Sym,
    pub image_yscale: Sym,
    pub image_angle: Sym,
    pub image_index: Sym,
    pub image_speed: Sym,
    pub image_number: Sym,
    pub sprite_width: Sym,
    pub sprite_height: Sym,
    pub sprite_xoffset: Sym,
    pub sprite_yoffset: Sym,
    pub bbox_left: Sym,
    pub bbox_top: Sym,
    pub bbox_right: Sym,
    pub bbox_bottom: Sym,
    pub x: Sym,
    pub y: Sym,
    pub solid: Sym,
}

const SYMS: SpriteSyms = SpriteSyms {
    sprite_index: builtin_sym("sprite_index"),
    mask_index: builtin_sym("mask_index"),
    image_xscale: builtin_sym("image_xscale"),
    image_yscale: builtin_sym("image_yscale"),
    image_angle: builtin_sym("image_angle"),
    image_index: builtin_sym("image_index"),
    image_speed: builtin_sym("image_speed"),
    image_number: builtin_sym("image_number"),
    sprite_width: builtin_sym("sprite_width"),
    sprite_height: builtin_sym("sprite_height"),
    sprite_xoffset: builtin_sym("sprite_xoffset"),
    sprite_yoffset: builtin_sym("sprite_yoffset"),
    bbox_left: builtin_sym("bbox_left"),
    bbox_top: builtin_sym("bbox_top"),
    bbox_right: builtin_sym("bbox_right"),
    bbox_bottom: builtin_sym("bbox_bottom"),
    x: builtin_sym("x"),
    y: builtin_sym("y"),
    solid: builtin_sym("solid"),
};

pub fn with_syms<R>(f: impl FnOnce(&SpriteSyms) -> R) -> R {
    f(&SYMS)
}

fn real_of(s: &StructObj, k: Sym) -> f64 {
    s.get(k).and_then(|v| v.as_f64()).unwrap_or(0.0)
}

/// The sprite an index value names, looked up in the instance's sprite table.
fn lookup(s: &StructObj, v: &Value) -> Option<Rc<Sprite>> {
    let d = s.instance()?;
    let table = d.sprites.as_ref()?;
    let i = v.as_f64()?;
    if i < 0.0 || !i.is_finite() {
        return None;
    }
    table.borrow().get(i as usize).cloned().flatten()
}

/// Handles a write to a sprite or mask variable of an instance; false for other names.
pub fn set_var(s: &mut StructObj, name: Sym, v: &Value) -> bool {
    with_syms(|k| {
        if name == k.sprite_index || name == k.mask_index {
            let sprite = lookup(s, v);
            // A valid index reads back as the sprite's handle, anything else as written.
            let stored = match (&sprite, v.as_f64()) {
                (Some(_), Some(i)) => Value::Ref(RefKind::Sprite, i as i64),
                _ => v.clone(),
            };
            s.set(name, stored);
            if let Some(d) = s.instance_mut() {
                if name == k.sprite_index {
                    d.sprite = sprite;
                } else {
                    d.mask_sprite = sprite;
                }
            }
            refresh(s);
            true
        } else if name == k.image_xscale || name == k.image_yscale || name == k.image_angle {
            s.set(name, v.clone());
            refresh(s);
            true
        } else {
            name == k.image_number
                || name == k.sprite_width
                || name == k.sprite_height
                || name == k.sprite_xoffset
                || name == k.sprite_yoffset
                || name == k.bbox_left
                || name == k.bbox_top
                || name == k.bbox_right
                || name == k.bbox_bottom
        }
    })
}

/// The sprite used for collisions: the mask if set, else the sprite.
pub fn collision_sprite(s: &StructObj) -> Option<Rc<Sprite>> {
    let d = s.instance()?;
    d.mask_sprite.clone().or_else(|| d.sprite.clone())
}

/// The instance's bounding box in room coordinates: (left, top, right, bottom), where right and
/// bottom are one past the last covered pixel. An instance without a mask has the box x,y,x,y.
pub fn bounding_box(s: &StructObj) -> (f64, f64, f64, f64) {
    with_syms(|k| {
        let x = real_of(s, k.x);
        let y = real_of(s, k.y);
        let Some(spr) = collision_sprite(s) else {
            return (x, y, x, y);
        };
        let xs = real_of(s, k.image_xscale);
        let ys = real_of(s, k.image_yscale);
        let angle = real_of(s, k.image_angle);
        let b = spr.bbox;
        let (x0, x1) = (
            xs * (b.left as f64 - spr.xorigin),
            xs * (b.right as f64 + 1.0 - spr.xorigin),
        );
        let (y0, y1) = (
            ys * (b.top as f64 - spr.yorigin),
            ys * (b.bottom as f64 + 1.0 - spr.yorigin),
        );
        if angle == 0.0 {
            return (
                x + x0.min(x1),
                y + y0.min(y1),
                x + x0.max(x1),
                y + y0.max(y1),
            );
        }
        let corners = rotated_corners(x, y, (x0, y0, x1, y1), angle);
        let mut r = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for (cx, cy) in corners {
            r.0 = r.0.min(cx);
            r.1 = r.1.min(cy);
            r.2 = r.2.max(cx);
            r.3 = r.3.max(cy);
        }
        r
    })
}

/// The corners of a local rectangle (x0, y0, x1, y1) rotated by `angle` degrees
/// (counter-clockwise on screen, as `image_angle` turns) about the origin, placed at x, y.
pub fn rotated_corners(x: f64, y: f64, local: (f64, f64, f64, f64), angle: f64) -> [(f64, f64); 4] {
    let (x0, y0, x1, y1) = local;
    let (sn, cs) = angle.to_radians().sin_cos();
    let place = |lx: f64, ly: f64| (x + lx * cs + ly * sn, y - lx * sn + ly * cs);
    [place(x0, y0), place(x1, y0), place(x1, y1), place(x0, y1)]
}

/// Recomputes the derived variables after a write to something they depend on.
pub fn refresh(s: &mut StructObj) {
    if s.instance().is_none() {
        return;
    }
    let (l, t, r, b) = bounding_box(s);
    with_syms(|k| {
        let sprite = s.instance().and_then(|d| d.sprite.clone());
        let xs = real_of(s, k.image_xscale);
        let ys = real_of(s, k.image_yscale);
        let (w, h, xo, yo, n) = match &sprite {
            Some(spr) => (
                spr.width as f64 * xs,
                spr.height as f64 * ys,
                spr.xorigin * xs,
                spr.yorigin * ys,
                spr.frames as f64,
            ),
            None => (0.0, 0.0, 0.0, 0.0, 0.0),
        };
        for (name, v) in [
            (k.sprite_width, w),
            (k.sprite_height, h),
            (k.sprite_xoffset, xo),
            (k.sprite_yoffset, yo),
            (k.image_number, n),
            (k.bbox_left, l),
            (k.bbox_top, t),
            (k.bbox_right, r),
            (k.bbox_bottom, b),
        ] {
            s.set(name, Value::Real(v));
        }
    })
}

/// After a move: only the box follows x and y.
pub fn refresh_box(s: &mut StructObj) {
    let (l, t, r, b) = bounding_box(s);
    with_syms(|k| {
        s.set(k.bbox_left, Value::Real(l));
        s.set(k.bbox_top, Value::Real(t));
        s.set(k.bbox_right, Value::Real(r));
        s.set(k.bbox_bottom, Value::Real(b));
    })
}

/// The animation step at the start of a frame: `image_index` advances by `image_speed` times
/// the sprite's playback speed; returns true when it ran past the last frame (or before the
/// first), wrapping round, which fires Animation End.
pub fn animate(s: &mut StructObj, game_speed: f64) -> bool {
    let Some(d) = s.instance_mut() else {
        return false;
    };
    let speed = d.real(slot::IMAGE_SPEED);
    let mut index = d.real(slot::IMAGE_INDEX);
    let Some(spr) = &d.sprite else {
        // Without a sprite the index still advances, as GameMaker's runners do.
        if speed != 0.0 {
            d.set_inline_real(slot::IMAGE_INDEX, index + speed);
        }
        return false;
    };
    let per_frame = if spr.speed_per_game_frame {
        spr.speed
    } else {
        spr.speed / game_speed.max(1.0)
    };
    index += speed * per_frame;
    let n = spr.frames as f64;
    let mut ended = false;
    if n > 0.0 {
        if index >= n {
            index -= n;
            ended = true;
        } else if index < 0.0 {
            index += n;
            ended = true;
        }
    }
    d.set_inline_real(slot::IMAGE_INDEX, index);
    ended
}
