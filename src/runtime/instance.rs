//! Object instances. An instance is a struct whose `kind` carries this data, so variable access on
//! `self` is the same code for structs and instances. Built-in instance variables (`x`, `speed`,
//! `alarm`...) are ordinary fields; the few with side effects are handled in `set_builtin`.

use crate::vm::intern::Sym;
use crate::vm::value::{StructKind, StructObj, StructRef, Value};

pub struct InstanceData {
    pub id: i64,
    pub object_index: usize,
    pub destroyed: bool,
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
}

/// The interned names of built-in instance variables, fixed at start-up.
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

thread_local! {
    static SYMS: InstanceSyms = InstanceSyms {
        id: Sym::intern("id"),
        object_index: Sym::intern("object_index"),
        x: Sym::intern("x"),
        y: Sym::intern("y"),
        xstart: Sym::intern("xstart"),
        ystart: Sym::intern("ystart"),
        xprevious: Sym::intern("xprevious"),
        yprevious: Sym::intern("yprevious"),
        speed: Sym::intern("speed"),
        direction: Sym::intern("direction"),
        hspeed: Sym::intern("hspeed"),
        vspeed: Sym::intern("vspeed"),
        friction: Sym::intern("friction"),
        gravity: Sym::intern("gravity"),
        gravity_direction: Sym::intern("gravity_direction"),
        alarm: Sym::intern("alarm"),
    };
}

pub fn with_syms<R>(f: impl FnOnce(&InstanceSyms) -> R) -> R {
    SYMS.with(f)
}

/// Default values of the built-in instance variables (nothing is drawn; the values are kept).
const DEFAULTS: &[(&str, f64)] = &[
    ("depth", 0.0),
    ("speed", 0.0),
    ("direction", 0.0),
    ("hspeed", 0.0),
    ("vspeed", 0.0),
    ("friction", 0.0),
    ("gravity", 0.0),
    ("gravity_direction", 270.0),
    ("sprite_index", -1.0),
    ("image_index", 0.0),
    ("image_speed", 1.0),
    ("image_xscale", 1.0),
    ("image_yscale", 1.0),
    ("image_angle", 0.0),
    ("image_alpha", 1.0),
    ("image_blend", 16777215.0),
    ("image_number", 0.0),
    ("mask_index", -1.0),
    ("layer", -1.0),
];

/// Whether `name` is one of the built-in instance variables (not listed by
/// `variable_instance_get_names`, which lists the variables the instance's code created).
pub fn is_builtin_var(name: &str) -> bool {
    const OTHERS: &[&str] = &[
        "id",
        "object_index",
        "x",
        "y",
        "xstart",
        "ystart",
        "xprevious",
        "yprevious",
        "alarm",
        "visible",
        "persistent",
        "solid",
    ];
    OTHERS.contains(&name)
        || DEFAULTS.iter().any(|(n, _)| *n == name)
        || super::instance_sprite::DERIVED.contains(&name)
}

pub fn new_instance(id: i64, object_index: usize, x: f64, y: f64, depth: f64) -> StructRef {
    let mut s = StructObj::new();
    with_syms(|k| {
        s.set(k.id, Value::Ref(crate::vm::value::RefKind::Instance, id));
        s.set(
            k.object_index,
            Value::Ref(crate::vm::value::RefKind::Object, object_index as i64),
        );
        s.set(k.x, Value::Real(x));
        s.set(k.y, Value::Real(y));
        s.set(k.xstart, Value::Real(x));
        s.set(k.ystart, Value::Real(y));
        s.set(k.xprevious, Value::Real(x));
        s.set(k.yprevious, Value::Real(y));
        // `alarm` is a plain 12-element array; the frame loop counts it down.
        s.set(k.alarm, Value::new_array(vec![Value::Real(-1.0); 12]));
    });
    for (name, v) in DEFAULTS {
        s.set(Sym::intern(name), Value::Real(*v));
    }
    s.set(Sym::intern("depth"), Value::Real(depth));
    s.set(Sym::intern("visible"), Value::Bool(true));
    s.set(Sym::intern("persistent"), Value::Bool(false));
    s.set(Sym::intern("solid"), Value::Bool(false));
    s.kind = StructKind::Instance(Box::new(InstanceData {
        id,
        object_index,
        destroyed: false,
        destroying: false,
        moved: false,
        in_motion: false,
        sprites: None,
        sprite: None,
        mask_sprite: None,
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
        } else if name == k.id || name == k.object_index {
            true // read-only: writes are ignored
        } else {
            super::instance_sprite::set_var(s, name, v)
        }
    })
}

/// Start of a frame: `xprevious`/`yprevious` take the current position (before Begin Step).
pub fn remember_position(s: &mut StructObj) {
    match s.instance_mut() {
        // Unchanged since the last recording: xprevious/yprevious already hold x/y.
        Some(d) if !d.moved && !d.in_motion => return,
        Some(d) => d.moved = false,
        None => {}
    }
    with_syms(|k| {
        let x = real_of(s, k.x);
        let y = real_of(s, k.y);
        s.set(k.xprevious, Value::Real(x));
        s.set(k.yprevious, Value::Real(y));
    })
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
