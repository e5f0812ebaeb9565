//! Object instances. An instance is a struct whose `kind` carries this data, so variable access on
//! `self` is the same code for structs and instances.
//!
//! Built-in instance variables (`x`, `speed`, `alarm`...) live in fixed slots here, not in the
//! struct's field map: the interner gives their names the first numbers (`BUILTIN_NAMES`), so a
//! name is a built-in exactly when its number is below `BUILTIN_COUNT`, and that number is its
//! slot. The variables every instance sets (position, depth, box) are stored inline; the rest
//! read a shared default until first written, when their block is allocated; `alarm` is made on
//! first use. Writes with side effects are handled in `set_builtin`.

use crate::vm::intern::Sym;
use crate::vm::value::{StructKind, StructObj, StructRef, Value};
use std::cell::OnceCell;

/// The built-in instance variables. The order is their slot (and name) number: first the ones
/// stored inline (`INLINE` of them), then `alarm`, then the ones with a shared default.
pub const BUILTIN_NAMES: [&str; BUILTIN_COUNT as usize] = [
    "id",
    "object_index",
    "x",
    "y",
    "xstart",
    "ystart",
    "xprevious",
    "yprevious",
    "depth",
    "image_index",
    "bbox_left",
    "bbox_top",
    "bbox_right",
    "bbox_bottom",
    "alarm",
    "speed",
    "direction",
    "hspeed",
    "vspeed",
    "friction",
    "gravity",
    "gravity_direction",
    "sprite_index",
    "image_speed",
    "image_xscale",
    "image_yscale",
    "image_angle",
    "image_alpha",
    "image_blend",
    "image_number",
    "mask_index",
    "layer",
    "visible",
    "persistent",
    "solid",
    "sprite_width",
    "sprite_height",
    "sprite_xoffset",
    "sprite_yoffset",
    "path_index",
    "path_position",
    "path_positionprevious",
    "path_speed",
    "path_scale",
    "path_orientation",
    "path_endaction",
    "timeline_index",
    "timeline_position",
    "timeline_speed",
    "timeline_running",
    "timeline_loop",
];
pub const BUILTIN_COUNT: u32 = 51;
/// Slots stored inline in every instance.
const INLINE: usize = 14;
const ALARM: usize = 14;
/// Slots that read a shared default until written.
const DEFAULTED: usize = BUILTIN_COUNT as usize - INLINE - 1;

/// Slot numbers of the built-ins the runtime reads and writes directly.
pub mod slot {
    pub const ID: usize = 0;
    pub const OBJECT_INDEX: usize = 1;
    pub const X: usize = 2;
    pub const Y: usize = 3;
    pub const XSTART: usize = 4;
    pub const YSTART: usize = 5;
    pub const XPREVIOUS: usize = 6;
    pub const YPREVIOUS: usize = 7;
    pub const DEPTH: usize = 8;
    pub const IMAGE_INDEX: usize = 9;
    pub const BBOX_LEFT: usize = 10;
    pub const BBOX_TOP: usize = 11;
    pub const BBOX_RIGHT: usize = 12;
    pub const BBOX_BOTTOM: usize = 13;
    pub const SPEED: usize = 15;
    pub const IMAGE_SPEED: usize = 23;
    pub const PATH_INDEX: usize = 39;
    pub const PATH_POSITION: usize = 40;
    pub const PATH_POSITIONPREVIOUS: usize = 41;
    pub const PATH_SPEED: usize = 42;
    pub const PATH_SCALE: usize = 43;
    pub const PATH_ORIENTATION: usize = 44;
    pub const PATH_ENDACTION: usize = 45;
    pub const TIMELINE_INDEX: usize = 46;
    pub const TIMELINE_POSITION: usize = 47;
    pub const TIMELINE_SPEED: usize = 48;
    pub const TIMELINE_RUNNING: usize = 49;
    pub const TIMELINE_LOOP: usize = 50;
}

/// The order in which listings of all of an instance's variables (the REPL, `json_stringify`
/// of `self`) show the built-ins: the order an instance was first given them.
const LISTING: [u8; BUILTIN_COUNT as usize] = [
    0, 1, 2, 3, 4, 5, 6, 7, 14, 8, 15, 16, 17, 18, 19, 20, 21, 22, 9, 23, 24, 25, 26, 27, 28, 29,
    30, 31, 32, 33, 34, 35, 36, 37, 38, 10, 11, 12, 13, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49,
    50,
];

/// The shared defaults of the `DEFAULTED` slots (nothing is drawn; the values are kept).
struct Defaults([Value; DEFAULTED]);

// SAFETY: every value is a `Real` or a `Bool`: nothing reference-counted that threads could race
// on, and nothing ever writes them.
unsafe impl Sync for Defaults {}

static DEFAULTS: Defaults = {
    let r = Value::Real;
    Defaults([
        r(0.0),             // speed
        r(0.0),             // direction
        r(0.0),             // hspeed
        r(0.0),             // vspeed
        r(0.0),             // friction
        r(0.0),             // gravity
        r(270.0),           // gravity_direction
        r(-1.0),            // sprite_index
        r(1.0),             // image_speed
        r(1.0),             // image_xscale
        r(1.0),             // image_yscale
        r(0.0),             // image_angle
        r(1.0),             // image_alpha
        r(16777215.0),      // image_blend
        r(0.0),             // image_number
        r(-1.0),            // mask_index
        r(-1.0),            // layer
        Value::Bool(true),  // visible
        Value::Bool(false), // persistent
        Value::Bool(false), // solid
        r(0.0),             // sprite_width
        r(0.0),             // sprite_height
        r(0.0),             // sprite_xoffset
        r(0.0),             // sprite_yoffset
        r(-1.0),            // path_index
        r(0.0),             // path_position
        r(0.0),             // path_positionprevious
        r(0.0),             // path_speed
        r(1.0),             // path_scale
        r(0.0),             // path_orientation
        r(0.0),             // path_endaction
        r(-1.0),            // timeline_index
        r(0.0),             // timeline_position
        r(1.0),             // timeline_speed
        Value::Bool(false), // timeline_running
        Value::Bool(false), // timeline_loop
    ])
};

/// Whether two values are the same plain default (a write of it need not allocate).
fn same_plain(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Real(x), Value::Real(y)) => x.to_bits() == y.to_bits(),
        (Value::Bool(x), Value::Bool(y)) => x == y,
        _ => false,
    }
}

pub struct InstanceData {
    pub id: i64,
    pub object_index: usize,
    pub destroyed: bool,
    /// Switched off by an `instance_deactivate_*` function: no event, `with`, collision or
    /// count sees it, but code holding its id can still read and write its variables.
    pub deactivated: bool,
    /// Inside `instance_destroy`, running its Destroy/Clean Up events: a nested destroy of the
    /// same instance (e.g. `instance_destroy()` in its own Destroy event) does nothing.
    pub destroying: bool,
    /// `x`, `y`, `xprevious` or `yprevious` changed since the frame start recorded the position.
    pub moved: bool,
    /// Some motion variable (speed, hspeed, vspeed, friction, gravity) may be non-zero.
    pub in_motion: bool,
    /// The game's sprites, to resolve `sprite_index`/`mask_index` writes (None: no sprites).
    pub sprites: Option<super::assets::SpriteTable>,
    /// The sprites `sprite_index` and `mask_index` name, if valid (see `instance_sprite`).
    pub sprite: Option<std::rc::Rc<super::sprite::Sprite>>,
    pub mask_sprite: Option<std::rc::Rc<super::sprite::Sprite>>,
    /// Where the path being followed (`path_index`) puts its first point (`path_start`).
    pub path_origin: (f64, f64),
    /// The inline built-in slots.
    inline: [Value; INLINE],
    /// The `alarm` array, made when first read.
    alarm: OnceCell<Value>,
    /// The defaulted slots, allocated when one is first written with something else.
    written: Option<Box<[Value; DEFAULTED]>>,
}

impl InstanceData {
    /// Neither destroyed nor deactivated: events, `with`, collisions and counts see it.
    #[inline]
    pub fn is_active(&self) -> bool {
        !self.destroyed && !self.deactivated
    }

    /// The built-in variable `name`, if it is one.
    #[inline]
    pub fn builtin(&self, name: Sym) -> Option<&Value> {
        let i = name.0 as usize;
        if i < INLINE {
            return Some(&self.inline[i]);
        }
        if i >= BUILTIN_COUNT as usize {
            return None;
        }
        Some(self.slot(i))
    }

    fn slot(&self, i: usize) -> &Value {
        match i {
            _ if i < INLINE => &self.inline[i],
            ALARM => self
                .alarm
                .get_or_init(|| Value::new_array(vec![Value::Real(-1.0); 12])),
            _ => match &self.written {
                Some(w) => &w[i - INLINE - 1],
                None => &DEFAULTS.0[i - INLINE - 1],
            },
        }
    }

    /// Stores a built-in's value as is (no side effects); gives `v` back if `name` is not one.
    #[inline]
    pub fn store(&mut self, name: Sym, v: Value) -> Option<Value> {
        let i = name.0 as usize;
        if i < INLINE {
            self.inline[i] = v;
            return None;
        }
        if i >= BUILTIN_COUNT as usize {
            return Some(v);
        }
        self.store_slot(i, v);
        None
    }

    fn store_slot(&mut self, i: usize, v: Value) {
        match i {
            _ if i < INLINE => self.inline[i] = v,
            ALARM => self.alarm = OnceCell::from(v),
            _ => {
                let k = i - INLINE - 1;
                match &mut self.written {
                    Some(w) => w[k] = v,
                    None => {
                        let d = &DEFAULTS.0;
                        if !same_plain(&d[k], &v) {
                            let mut w = Box::new(d.clone());
                            w[k] = v;
                            self.written = Some(w);
                        }
                    }
                }
            }
        }
    }

    /// A built-in's value by slot.
    #[inline]
    pub fn value(&self, i: usize) -> &Value {
        self.slot(i)
    }

    /// A numeric built-in's value (0 if it holds something else).
    #[inline]
    pub fn real(&self, i: usize) -> f64 {
        self.slot(i).as_f64().unwrap_or(0.0)
    }

    /// Sets an inline numeric built-in.
    #[inline]
    pub fn set_inline_real(&mut self, i: usize, v: f64) {
        self.inline[i] = Value::Real(v);
    }

    /// Stores a numeric built-in (no side effects).
    #[inline]
    pub fn set_real(&mut self, i: usize, v: f64) {
        self.store_slot(i, Value::Real(v));
    }

    /// The path the instance follows (`path_index`), if any.
    #[inline]
    pub fn path_followed(&self) -> Option<i64> {
        match self
            .written
            .as_deref()
            .map(|w| &w[slot::PATH_INDEX - INLINE - 1])
        {
            Some(Value::Ref(crate::vm::value::RefKind::Path, i)) => Some(*i),
            _ => None,
        }
    }

    /// Makes the instance one of `object` (`instance_change`; the world's per-object lists are
    /// updated by `World::change_object`).
    pub fn set_object(&mut self, object: usize) {
        self.object_index = object;
        self.inline[1] = Value::Ref(crate::vm::value::RefKind::Object, object as i64);
    }

    /// A copy for `instance_copy`: every built-in value, with the new id. The `alarm` array is
    /// copied, not shared (each instance counts down its own alarms).
    pub fn duplicate(&self, id: i64) -> InstanceData {
        let mut inline = self.inline.clone();
        inline[0] = Value::Ref(crate::vm::value::RefKind::Instance, id);
        let alarm = OnceCell::new();
        if let Some(Value::Array(a)) = self.alarm.get() {
            let _ = alarm.set(Value::new_array(a.borrow().clone()));
        }
        InstanceData {
            id,
            object_index: self.object_index,
            destroyed: false,
            deactivated: false,
            destroying: false,
            moved: true,
            in_motion: self.in_motion,
            sprites: self.sprites.clone(),
            sprite: self.sprite.clone(),
            mask_sprite: self.mask_sprite.clone(),
            path_origin: self.path_origin,
            inline,
            alarm,
            written: self.written.clone(),
        }
    }

    /// The `alarm` array if it was ever made (an instance that never used it has no alarm set).
    pub fn alarm_if_made(&self) -> Option<&Value> {
        self.alarm.get()
    }

    /// Every built-in with its name, in listing order (`alarm` made if it was not).
    pub fn builtins(&self) -> impl Iterator<Item = (Sym, Value)> + '_ {
        LISTING
            .iter()
            .map(|&i| (Sym(i as u32), self.slot(i as usize).clone()))
    }

    /// The built-in values that may hold references (for the cycle collector).
    pub fn held_values(&self) -> impl Iterator<Item = &Value> {
        self.inline
            .iter()
            .chain(self.alarm.get())
            .chain(self.written.iter().flat_map(|w| w.iter()))
    }

    /// Takes every value out (for the cycle collector clearing unreachable instances).
    pub fn take_values(&mut self) -> Vec<Value> {
        let mut out: Vec<Value> = self.inline.iter_mut().map(std::mem::take).collect();
        out.extend(self.alarm.take());
        if let Some(w) = self.written.take() {
            out.extend(*w);
        }
        out
    }
}

/// The interned names of built-in instance variables (their numbers are fixed: see above).
pub struct InstanceSyms {
    pub id: Sym,
    pub object_index: Sym,
    pub x: Sym,
    pub y: Sym,
    pub xstart: Sym,
    pub ystart: Sym,
    pub xprevious: Sym,
    pub yprevious: Sym,
    pub speed: Sym,
    pub direction: Sym,
    pub hspeed: Sym,
    pub vspeed: Sym,
    pub friction: Sym,
    pub gravity: Sym,
    pub gravity_direction: Sym,
    pub alarm: Sym,
}

/// The built-in named `name` (its number is its index in `BUILTIN_NAMES`).
pub const fn builtin_sym(name: &str) -> Sym {
    let mut i = 0;
    while i < BUILTIN_NAMES.len() {
        if str_eq(BUILTIN_NAMES[i], name) {
            return Sym(i as u32);
        }
        i += 1;
    }
    panic!("not a built-in instance variable")
}

const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

const SYMS: InstanceSyms = InstanceSyms {
    id: builtin_sym("id"),
    object_index: builtin_sym("object_index"),
    x: builtin_sym("x"),
    y: builtin_sym("y"),
    xstart: builtin_sym("xstart"),
    ystart: builtin_sym("ystart"),
    xprevious: builtin_sym("xprevious"),
    yprevious: builtin_sym("yprevious"),
    speed: builtin_sym("speed"),
    direction: builtin_sym("direction"),
    hspeed: builtin_sym("hspeed"),
    vspeed: builtin_sym("vspeed"),
    friction: builtin_sym("friction"),
    gravity: builtin_sym("gravity"),
    gravity_direction: builtin_sym("gravity_direction"),
    alarm: builtin_sym("alarm"),
};

pub fn with_syms<R>(f: impl FnOnce(&InstanceSyms) -> R) -> R {
    f(&SYMS)
}

/// Whether `name` is one of the built-in instance variables (not listed by
/// `variable_instance_get_names`, which lists the variables the instance's code created).
pub fn is_builtin_var(name: &str) -> bool {
    BUILTIN_NAMES.contains(&name)
}

/// Whether the interned name is a built-in instance variable.
#[inline]
pub fn is_builtin_sym(name: Sym) -> bool {
    name.0 < BUILTIN_COUNT
}

pub fn new_instance(id: i64, object_index: usize, x: f64, y: f64, depth: f64) -> StructRef {
    let r = Value::Real;
    let mut s = StructObj::new();
    s.kind = StructKind::Instance(Box::new(InstanceData {
        id,
        object_index,
        destroyed: false,
        deactivated: false,
        destroying: false,
        moved: false,
        in_motion: false,
        sprites: None,
        sprite: None,
        mask_sprite: None,
        path_origin: (0.0, 0.0),
        inline: [
            Value::Ref(crate::vm::value::RefKind::Instance, id),
            Value::Ref(crate::vm::value::RefKind::Object, object_index as i64),
            r(x),
            r(y),
            r(x),
            r(y),
            r(x),
            r(y),
            r(depth),
            r(0.0), // image_index
            r(x),   // the box of an instance without a mask: its position
            r(y),
            r(x),
            r(y),
        ],
        alarm: OnceCell::new(),
        written: None,
    }));
    super::instance_sprite::refresh(&mut s);
    StructObj::into_ref(s)
}

fn real_of(s: &StructObj, k: Sym) -> f64 {
    s.get(k).and_then(|v| v.as_f64()).unwrap_or(0.0)
}

/// Components computed with sin/cos are snapped to a whole number within 1e-4 of them, as
/// GameMaker does, so `speed = 4; direction = 90` gives `hspeed` 0, not 2.4e-16.
fn snap(v: f64) -> f64 {
    let r = v.round();
    if (v - r).abs() < 0.0001 {
        r + 0.0
    } else {
        v
    }
}

/// Writes a built-in variable with side effects: the motion variables keep each other in step
/// (`speed`/`direction` <-> `hspeed`/`vspeed`), as GameMaker does. Returns true if handled.
pub fn set_builtin(s: &mut StructObj, name: Sym, v: &Value) -> bool {
    with_syms(|k| {
        // Flags let the frame loop skip instances that neither move nor were moved.
        let moves = name == k.x || name == k.y || name == k.xprevious || name == k.yprevious;
        let motion = name == k.speed
            || name == k.hspeed
            || name == k.vspeed
            || name == k.friction
            || name == k.gravity;
        if moves || motion {
            if let Some(d) = s.instance_mut() {
                d.moved |= moves;
                d.in_motion |= motion;
            }
        }
        if name == k.x || name == k.y {
            s.set(name, v.clone());
            super::instance_sprite::refresh_box(s);
            return true;
        }
        if name == k.speed || name == k.direction {
            // GameMaker keeps direction within [0, 360).
            let stored = match (name == k.direction, v.as_f64()) {
                (true, Some(d)) if d.is_finite() => Value::Real(d.rem_euclid(360.0)),
                _ => v.clone(),
            };
            s.set(name, stored);
            let sp = real_of(s, k.speed);
            let dir = real_of(s, k.direction).to_radians();
            s.set(k.hspeed, Value::Real(snap(sp * dir.cos())));
            s.set(k.vspeed, Value::Real(snap(-sp * dir.sin())));
            true
        } else if name == k.hspeed || name == k.vspeed {
            s.set(name, v.clone());
            let h = real_of(s, k.hspeed);
            let vv = real_of(s, k.vspeed);
            s.set(k.speed, Value::Real((h * h + vv * vv).sqrt()));
            let mut dir = (-vv).atan2(h).to_degrees();
            if dir < 0.0 {
                dir += 360.0;
            }
            if h != 0.0 || vv != 0.0 {
                s.set(k.direction, Value::Real(dir));
            }
            true
        } else if name == k.id || name == k.object_index || name.0 as usize == slot::PATH_INDEX {
            true // read-only: writes are ignored (`path_start`/`path_end` set path_index)
        } else {
            super::instance_sprite::set_var(s, name, v)
        }
    })
}

/// Start of a frame: `xprevious`/`yprevious` take the current position (before Begin Step).
pub fn remember_position(s: &mut StructObj) {
    let Some(d) = s.instance_mut() else { return };
    if let Some(w) = &mut d.written {
        let (pos, prev) = (
            slot::PATH_POSITION - INLINE - 1,
            slot::PATH_POSITIONPREVIOUS - INLINE - 1,
        );
        w[prev] = w[pos].clone();
    }
    // Unchanged since the last recording: xprevious/yprevious already hold x/y.
    if !d.moved && !d.in_motion {
        return;
    }
    d.moved = false;
    let (x, y) = (d.real(slot::X), d.real(slot::Y));
    d.set_inline_real(slot::XPREVIOUS, x);
    d.set_inline_real(slot::YPREVIOUS, y);
}

/// GameMaker's per-step motion: friction, gravity, then position += (hspeed, vspeed).
pub fn apply_motion(s: &mut StructObj) {
    if s.instance().is_some_and(|d| !d.in_motion) {
        return;
    }
    with_syms(|k| {
        let friction = real_of(s, k.friction);
        if friction != 0.0 {
            let sp = real_of(s, k.speed);
            let new = if sp > 0.0 {
                (sp - friction).max(0.0)
            } else {
                (sp + friction).min(0.0)
            };
            set_builtin(s, k.speed, &Value::Real(new));
        }
        let g = real_of(s, k.gravity);
        if g != 0.0 {
            let gd = real_of(s, k.gravity_direction).to_radians();
            let h = snap(real_of(s, k.hspeed) + g * gd.cos());
            let v = snap(real_of(s, k.vspeed) - g * gd.sin());
            s.set(k.hspeed, Value::Real(h));
            set_builtin(s, k.vspeed, &Value::Real(v));
        }
        let h = real_of(s, k.hspeed);
        let v = real_of(s, k.vspeed);
        let moving = h != 0.0 || v != 0.0;
        if moving {
            let x = real_of(s, k.x);
            let y = real_of(s, k.y);
            s.set(k.x, Value::Real(x + h));
            s.set(k.y, Value::Real(y + v));
            super::instance_sprite::refresh_box(s);
        }
        let still = !moving && friction == 0.0 && g == 0.0;
        if let Some(d) = s.instance_mut() {
            d.moved |= moving;
            d.in_motion = !still;
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_names_take_the_first_numbers() {
        for (i, name) in BUILTIN_NAMES.iter().enumerate() {
            assert_eq!(Sym::intern(name), Sym(i as u32), "{name}");
        }
        let mut listed: Vec<u8> = LISTING.to_vec();
        listed.sort();
        assert_eq!(listed, (0..BUILTIN_COUNT as u8).collect::<Vec<_>>());
        assert_eq!(builtin_sym("alarm").0 as usize, ALARM);
        assert_eq!(builtin_sym("speed").0 as usize, slot::SPEED);
        assert_eq!(builtin_sym("image_speed").0 as usize, slot::IMAGE_SPEED);
        assert_eq!(builtin_sym("bbox_bottom").0 as usize, slot::BBOX_BOTTOM);
        assert_eq!(builtin_sym("image_index").0 as usize, slot::IMAGE_INDEX);
    }

    #[test]
    fn defaulted_slots_allocate_only_when_written_with_something_else() {
        let inst = new_instance(100001, 0, 1.0, 2.0, 0.0);
        let mut b = inst.borrow_mut();
        assert!(b.instance().unwrap().written.is_none());
        b.set(builtin_sym("image_speed"), Value::Real(1.0));
        assert!(b.instance().unwrap().written.is_none());
        b.set(builtin_sym("image_speed"), Value::Real(0.5));
        assert!(b.instance().unwrap().written.is_some());
        assert!(matches!(b.get(builtin_sym("image_speed")), Some(Value::Real(r)) if *r == 0.5));
        assert!(b.fields.is_empty());
    }
}
