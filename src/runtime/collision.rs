//! Collision geometry: an instance's shape from its mask, and the tests the collision functions
//! and Collision events use (instance against instance, point, rectangle, ellipse, line).
//!
//! As in GameMaker's runners: the bounding boxes are compared first (half-open, so boxes that
//! only touch do not collide); a rotated-rectangle mask is then tested as the rotated rectangle;
//! per-pixel masks (precise, and the ellipse and diamond shapes, which GameMaker also turns into
//! bitmaps) are tested pixel by pixel only when the check is precise; anything else collides on
//! its bounding box alone. An instance without a sprite or mask never collides.

use super::instance_sprite::{bounding_box, collision_sprite, rotated_corners, with_syms};
use super::sprite::{MaskKind, Sprite};
use crate::vm::value::StructObj;
use std::rc::Rc;

/// An instance's collision shape at some position.
pub struct Shape {
    /// left, top, right, bottom; right and bottom are exclusive.
    pub l: f64,
    pub t: f64,
    pub r: f64,
    pub b: f64,
    spr: Rc<Sprite>,
    x: f64,
    y: f64,
    xs: f64,
    ys: f64,
    angle: f64,
    frame: f64,
}

/// The shape of an instance, moved to `at` if given; None when it has no mask.
pub fn shape_of(s: &StructObj, at: Option<(f64, f64)>) -> Option<Shape> {
    let spr = collision_sprite(s)?;
    if spr.frames == 0 {
        return None;
    }
    let (l, t, r, b) = bounding_box(s);
    with_syms(|k| {
        let get = |n| s.get(n).and_then(|v| v.as_f64()).unwrap_or(0.0);
        let (x0, y0) = (get(k.x), get(k.y));
        let (x, y) = at.unwrap_or((x0, y0));
        let (dx, dy) = (x - x0, y - y0);
        Some(Shape {
            l: l + dx,
            t: t + dy,
            r: r + dx,
            b: b + dy,
            spr,
            x,
            y,
            xs: get(k.image_xscale),
            ys: get(k.image_yscale),
            angle: get(k.image_angle),
            frame: get(k.image_index),
        })
    })
}

impl Shape {
    fn rotated(&self) -> bool {
        self.spr.kind == MaskKind::RotatedRectangle && self.angle.rem_euclid(360.0) != 0.0
    }

    fn bitmap(&self) -> bool {
        self.spr.kind.uses_bitmap() && !self.spr.masks.is_empty()
    }

    /// Whether a precise check of this shape looks beyond its bounding box.
    fn exact(&self, prec: bool) -> bool {
        self.rotated() || (prec && self.bitmap())
    }

    /// The four corners of the mask's rectangle in the room (for rotated rectangles).
    fn corners(&self) -> [(f64, f64); 4] {
        if !self.rotated() {
            return [
                (self.l, self.t),
                (self.r, self.t),
                (self.r, self.b),
                (self.l, self.b),
            ];
        }
        let bb = self.spr.bbox;
        let local = (
            self.xs * (bb.left as f64 - self.spr.xorigin),
            self.ys * (bb.top as f64 - self.spr.yorigin),
            self.xs * (bb.right as f64 + 1.0 - self.spr.xorigin),
            self.ys * (bb.bottom as f64 + 1.0 - self.spr.yorigin),
        );
        rotated_corners(self.x, self.y, local, self.angle)
    }

    fn in_box(&self, px: f64, py: f64) -> bool {
        px >= self.l && px < self.r && py >= self.t && py < self.b
    }

    /// Whether a room point lies in the shape (`prec`: per-pixel masks are looked at).
    pub fn contains(&self, px: f64, py: f64, prec: bool) -> bool {
        if !self.in_box(px, py) {
            return false;
        }
        if !self.exact(prec) {
            return true;
        }
        // Into the sprite's pixel coordinates: undo the rotation, the scale, the origin.
        let (dx, dy) = (px - self.x, py - self.y);
        let (sn, cs) = self.angle.to_radians().sin_cos();
        let (lx, ly) = (dx * cs - dy * sn, dx * sn + dy * cs);
        if self.xs == 0.0 || self.ys == 0.0 {
            return false;
        }
        let u = lx / self.xs + self.spr.xorigin;
        let v = ly / self.ys + self.spr.yorigin;
        let bb = self.spr.bbox;
        if u < bb.left as f64
            || u >= bb.right as f64 + 1.0
            || v < bb.top as f64
            || v >= bb.bottom as f64 + 1.0
        {
            return false;
        }
        if prec && self.bitmap() {
            return self
                .spr
                .mask_for_frame(self.frame)
                .is_some_and(|m| m.get(u.floor() as i64, v.floor() as i64));
        }
        true
    }
}

/// Separating-axis test of two convex quadrilaterals (a gap of zero separates them).
fn quads_overlap(a: &[(f64, f64); 4], b: &[(f64, f64); 4]) -> bool {
    for quad in [a, b] {
        for i in 0..2 {
            let (x0, y0) = quad[i];
            let (x1, y1) = quad[i + 1];
            let axis = (-(y1 - y0), x1 - x0);
            let proj = |q: &[(f64, f64); 4]| {
                q.iter().fold((f64::MAX, f64::MIN), |(lo, hi), p| {
                    let d = p.0 * axis.0 + p.1 * axis.1;
                    (lo.min(d), hi.max(d))
                })
            };
            let (amin, amax) = proj(a);
            let (bmin, bmax) = proj(b);
            if amax <= bmin || bmax <= amin {
                return false;
            }
        }
    }
    true
}

/// Whether an overlap of boxes covers at least part of a pixel each way (GameMaker rounds the
/// overlap's edges; a sliver narrower than that is no collision).
fn overlap_counts(l: f64, t: f64, r: f64, b: f64) -> bool {
    (l + 0.5).floor() != (r + 0.5).floor() && (t + 0.5).floor() != (b + 0.5).floor()
}

/// Runs `hit` on the centre of every pixel of the region until it says yes.
fn any_pixel(l: f64, t: f64, r: f64, b: f64, mut hit: impl FnMut(f64, f64) -> bool) -> bool {
    // Past this many pixels the overlapping boxes alone decide (a check stays bounded).
    const MAX_PIXELS: f64 = 4_000_000.0;
    if (r - l) * (b - t) > MAX_PIXELS {
        return true;
    }
    let mut py = t.floor() + 0.5;
    while py < b {
        let mut px = l.floor() + 0.5;
        while px < r {
            if px >= l && py >= t && hit(px, py) {
                return true;
            }
            px += 1.0;
        }
        py += 1.0;
    }
    false
}

/// Two instances' shapes (place_meeting, instance_place, Collision events).
pub fn shapes_collide(a: &Shape, b: &Shape, prec: bool) -> bool {
    if a.l >= b.r || b.l >= a.r || a.t >= b.b || b.t >= a.b {
        return false;
    }
    if (a.rotated() || b.rotated()) && !quads_overlap(&a.corners(), &b.corners()) {
        return false;
    }
    let (l, t, r, b2) = (a.l.max(b.l), a.t.max(b.t), a.r.min(b.r), a.b.min(b.b));
    if !(prec && (a.bitmap() || b.bitmap())) {
        return a.rotated() || b.rotated() || overlap_counts(l, t, r, b2);
    }
    any_pixel(l, t, r, b2, |px, py| {
        a.contains(px, py, prec) && b.contains(px, py, prec)
    })
}

/// A point (collision_point, position_meeting, instance_position).
pub fn point_in(s: &Shape, px: f64, py: f64, prec: bool) -> bool {
    s.contains(px, py, prec)
}

/// A rectangle given by two corners, edges included (collision_rectangle).
pub fn rectangle_hits(s: &Shape, x1: f64, y1: f64, x2: f64, y2: f64, prec: bool) -> bool {
    let (rl, rr) = (x1.min(x2), x1.max(x2));
    let (rt, rb) = (y1.min(y2), y1.max(y2));
    if rl >= s.r || rr < s.l || rt >= s.b || rb < s.t {
        return false;
    }
    if s.rotated() {
        let quad = [(rl, rt), (rr, rt), (rr, rb), (rl, rb)];
        if !quads_overlap(&quad, &s.corners()) {
            return false;
        }
    }
    let (l, t, r, b) = (rl.max(s.l), rt.max(s.t), rr.min(s.r), rb.min(s.b));
    if !s.exact(prec) {
        return overlap_counts(l, t, r, b);
    }
    if s.rotated() && !(prec && s.bitmap()) {
        return true;
    }
    any_pixel(l, t, r + 1.0, b + 1.0, |px, py| {
        px <= rr + 1.0 && py <= rb + 1.0 && s.contains(px, py, prec)
    })
}

/// An ellipse inside the box (x1, y1)-(x2, y2) (collision_ellipse, collision_circle).
pub fn ellipse_hits(s: &Shape, x1: f64, y1: f64, x2: f64, y2: f64, prec: bool) -> bool {
    let (el, er) = (x1.min(x2), x1.max(x2));
    let (et, eb) = (y1.min(y2), y1.max(y2));
    if el >= s.r || er < s.l || et >= s.b || eb < s.t {
        return false;
    }
    let (cx, cy) = ((el + er) / 2.0, (et + eb) / 2.0);
    let (rx, ry) = (((er - el) / 2.0).max(1e-9), ((eb - et) / 2.0).max(1e-9));
    let inside = |px: f64, py: f64| {
        let (a, b) = ((px - cx) / rx, (py - cy) / ry);
        a * a + b * b <= 1.0
    };
    if !s.exact(prec) {
        // The box's nearest point to the centre decides.
        let nx = cx.clamp(s.l, s.r);
        let ny = cy.clamp(s.t, s.b);
        return inside(nx, ny);
    }
    let (l, t, r, b) = (el.max(s.l), et.max(s.t), er.min(s.r), eb.min(s.b));
    any_pixel(l, t, r, b, |px, py| {
        inside(px, py) && s.contains(px, py, prec)
    })
}

/// A line segment (collision_line).
pub fn line_hits(s: &Shape, x1: f64, y1: f64, x2: f64, y2: f64, prec: bool) -> bool {
    // Clip the segment to the box (Liang-Barsky); a miss there is a miss.
    let (dx, dy) = (x2 - x1, y2 - y1);
    let (mut t0, mut t1) = (0.0f64, 1.0f64);
    for (p, q) in [
        (-dx, x1 - s.l),
        (dx, s.r - x1),
        (-dy, y1 - s.t),
        (dy, s.b - y1),
    ] {
        if p == 0.0 {
            if q < 0.0 {
                return false;
            }
        } else {
            let r = q / p;
            if p < 0.0 {
                t0 = t0.max(r);
            } else {
                t1 = t1.min(r);
            }
        }
    }
    if t0 > t1 {
        return false;
    }
    if !s.exact(prec) {
        return true;
    }
    // Walk the clipped part in half-pixel steps.
    let len = ((t1 - t0) * (dx * dx + dy * dy).sqrt()).max(0.0);
    let steps = ((len * 2.0).ceil() as usize).clamp(1, 1_000_000);
    (0..=steps).any(|i| {
        let t = t0 + (t1 - t0) * i as f64 / steps as f64;
        s.contains(x1 + dx * t, y1 + dy * t, prec)
    })
}
