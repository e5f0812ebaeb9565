//! Colour (manual: Drawing > Colour And Alpha): the `c_*` constants and the functions that build
//! and take apart colours. A colour is a number holding blue, green, red in its three low bytes
//! (`0xBBGGRR`); hue, saturation and value run 0-255. Every function has its `color` spelling.

use super::args::*;
use super::{Builtin, ConstValue, Constant};
use crate::vm::error::Result;
use crate::vm::value::Value;
use crate::vm::Vm;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("make_colour_rgb", 3, 3, make_colour_rgb),
    Builtin::new("make_color_rgb", 3, 3, make_colour_rgb),
    Builtin::new("make_colour_hsv", 3, 3, make_colour_hsv),
    Builtin::new("make_color_hsv", 3, 3, make_colour_hsv),
    Builtin::new("colour_get_red", 1, 1, colour_get_red),
    Builtin::new("color_get_red", 1, 1, colour_get_red),
    Builtin::new("colour_get_green", 1, 1, colour_get_green),
    Builtin::new("color_get_green", 1, 1, colour_get_green),
    Builtin::new("colour_get_blue", 1, 1, colour_get_blue),
    Builtin::new("color_get_blue", 1, 1, colour_get_blue),
    Builtin::new("colour_get_hue", 1, 1, colour_get_hue),
    Builtin::new("color_get_hue", 1, 1, colour_get_hue),
    Builtin::new("colour_get_saturation", 1, 1, colour_get_saturation),
    Builtin::new("color_get_saturation", 1, 1, colour_get_saturation),
    Builtin::new("colour_get_value", 1, 1, colour_get_value),
    Builtin::new("color_get_value", 1, 1, colour_get_value),
    Builtin::new("merge_colour", 3, 3, merge_colour),
    Builtin::new("merge_color", 3, 3, merge_colour),
];

pub const CONSTANTS: &[Constant] = &[
    ("c_aqua", ConstValue::Real(16776960.0)),
    ("c_black", ConstValue::Real(0.0)),
    ("c_blue", ConstValue::Real(16711680.0)),
    ("c_dkgray", ConstValue::Real(4210752.0)),
    ("c_dkgrey", ConstValue::Real(4210752.0)),
    ("c_fuchsia", ConstValue::Real(16711935.0)),
    ("c_gray", ConstValue::Real(8421504.0)),
    ("c_grey", ConstValue::Real(8421504.0)),
    ("c_green", ConstValue::Real(32768.0)),
    ("c_lime", ConstValue::Real(65280.0)),
    ("c_ltgray", ConstValue::Real(12632256.0)),
    ("c_ltgrey", ConstValue::Real(12632256.0)),
    ("c_maroon", ConstValue::Real(128.0)),
    ("c_navy", ConstValue::Real(8388608.0)),
    ("c_olive", ConstValue::Real(32896.0)),
    ("c_orange", ConstValue::Real(4235519.0)),
    ("c_purple", ConstValue::Real(8388736.0)),
    ("c_red", ConstValue::Real(255.0)),
    ("c_silver", ConstValue::Real(12632256.0)),
    ("c_teal", ConstValue::Real(8421376.0)),
    ("c_white", ConstValue::Real(16777215.0)),
    ("c_yellow", ConstValue::Real(65535.0)),
];

/// A colour argument as GameMaker reads it: a 32-bit integer.
fn colour(args: &[Value], i: usize) -> Result<i64> {
    Ok(int(args, i)? as i32 as i64)
}

fn make_colour_rgb(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (r, g, b) = (colour(args, 0)?, colour(args, 1)?, colour(args, 2)?);
    Ok(Value::Real((r | (g << 8) | (b << 16)) as i32 as f64))
}

/// Hue, saturation and value in 0-255 to a colour (each channel rounded to the nearest step).
fn make_colour_hsv(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let mut h = real(args, 0)? * 360.0 / 255.0;
    if h == 360.0 {
        h = 0.0;
    }
    let s = real(args, 1)? / 255.0;
    let v = real(args, 2)? / 255.0;
    let (r, g, b) = if s == 0.0 {
        (v, v, v)
    } else {
        let h = h / 60.0;
        let sector = h.floor();
        let f = h - sector;
        let p = v * (1.0 - s);
        let q = v * (1.0 - s * f);
        let t = v * (1.0 - s * (1.0 - f));
        match sector as i64 {
            0 => (v, t, p),
            1 => (q, v, p),
            2 => (p, v, t),
            3 => (p, q, v),
            4 => (t, p, v),
            _ => (v, p, q),
        }
    };
    let byte = |c: f64| (c * 255.0 + 0.5).floor().clamp(0.0, 255.0) as i64;
    Ok(Value::Real(
        (byte(r) | (byte(g) << 8) | (byte(b) << 16)) as f64,
    ))
}

fn channel(args: &[Value], shift: u32) -> Result<Value> {
    Ok(Value::Real(((colour(args, 0)? >> shift) & 0xff) as f64))
}

fn colour_get_red(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    channel(args, 0)
}

fn colour_get_green(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    channel(args, 8)
}

fn colour_get_blue(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    channel(args, 16)
}

/// (hue, saturation, value) of a colour, each scaled to 0-255.
fn to_hsv(c: i64) -> (f64, f64, f64) {
    let r = (c & 0xff) as f64 / 255.0;
    let g = ((c >> 8) & 0xff) as f64 / 255.0;
    let b = ((c >> 16) & 0xff) as f64 / 255.0;
    let max = r.max(g).max(b);
    let min = r.min(g).min(b);
    let d = max - min;
    let s = if max == 0.0 { 0.0 } else { d / max };
    let mut h = if s == 0.0 {
        0.0
    } else if r == max {
        60.0 * (g - b) / d
    } else if g == max {
        120.0 + 60.0 * (b - r) / d
    } else {
        240.0 + 60.0 * (r - g) / d
    };
    if h < 0.0 {
        h += 360.0;
    }
    let scale = |x: f64| x.clamp(0.0, 255.0);
    (
        scale(h * 255.0 / 360.0),
        scale(s * 255.0),
        scale(max * 255.0),
    )
}

fn colour_get_hue(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Real(to_hsv(colour(args, 0)?).0))
}

fn colour_get_saturation(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Real(to_hsv(colour(args, 0)?).1))
}

fn colour_get_value(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Real(to_hsv(colour(args, 0)?).2))
}

/// Each channel moved `amount` of the way from the first colour to the second (truncated).
fn merge_colour(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (a, b) = (colour(args, 0)?, colour(args, 1)?);
    let amount = real(args, 2)?;
    let mut out = 0i64;
    for shift in [0, 8, 16] {
        let ca = ((a >> shift) & 0xff) as f64;
        let cb = ((b >> shift) & 0xff) as f64;
        let c = (ca * (1.0 - amount) + cb * amount) as i64;
        out |= (c & 0xff) << shift;
    }
    Ok(Value::Real(out as f64))
}
