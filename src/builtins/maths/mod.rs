//! Maths And Numbers: number functions, angles and distances, epsilon, random numbers.
//!
//! Arguments are read as numbers (bools, int32/int64, handles, numeric strings); results are
//! reals, except `min`, `max`, `median`, `clamp` and `choose`, which return one of their arguments
//! unchanged (so int64 stays int64).

mod random;
#[cfg(test)]
mod tests;

pub use random::{Rng, DEFAULT_SEED};

use super::args::arg;
use super::strings::number;
use super::{Builtin, Constant, VARIADIC};
use crate::vm::error::{Error, Result};
use crate::vm::ops::parse_number_prefix;
use crate::vm::value::Value;
use crate::vm::Vm;
use std::f64::consts::PI;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("abs", 1, 1, abs),
    Builtin::new("sign", 1, 1, sign),
    Builtin::new("round", 1, 1, round),
    Builtin::new("floor", 1, 1, floor),
    Builtin::new("ceil", 1, 1, ceil),
    Builtin::new("frac", 1, 1, frac),
    Builtin::new("sqr", 1, 1, sqr),
    Builtin::new("sqrt", 1, 1, sqrt),
    Builtin::new("power", 2, 2, power),
    Builtin::new("exp", 1, 1, exp),
    Builtin::new("ln", 1, 1, ln),
    Builtin::new("log2", 1, 1, log2),
    Builtin::new("log10", 1, 1, log10),
    Builtin::new("logn", 2, 2, logn),
    Builtin::new("sin", 1, 1, sin),
    Builtin::new("cos", 1, 1, cos),
    Builtin::new("tan", 1, 1, tan),
    Builtin::new("arcsin", 1, 1, arcsin),
    Builtin::new("arccos", 1, 1, arccos),
    Builtin::new("arctan", 1, 1, arctan),
    Builtin::new("arctan2", 2, 2, arctan2),
    Builtin::new("dsin", 1, 1, dsin),
    Builtin::new("dcos", 1, 1, dcos),
    Builtin::new("dtan", 1, 1, dtan),
    Builtin::new("darcsin", 1, 1, darcsin),
    Builtin::new("darccos", 1, 1, darccos),
    Builtin::new("darctan", 1, 1, darctan),
    Builtin::new("darctan2", 2, 2, darctan2),
    Builtin::new("degtorad", 1, 1, degtorad),
    Builtin::new("radtodeg", 1, 1, radtodeg),
    Builtin::new("min", 0, VARIADIC, min),
    Builtin::new("max", 0, VARIADIC, max),
    Builtin::new("mean", 0, VARIADIC, mean),
    Builtin::new("median", 0, VARIADIC, median),
    Builtin::new("clamp", 3, 3, clamp),
    Builtin::new("lerp", 3, 3, lerp),
    Builtin::new("dot_product", 4, 4, dot_product),
    Builtin::new("dot_product_3d", 6, 6, dot_product_3d),
    Builtin::new("dot_product_normalised", 4, 4, dot_product_normalised),
    Builtin::new("dot_product_normalized", 4, 4, dot_product_normalised),
    Builtin::new("dot_product_3d_normalised", 6, 6, dot_product_3d_normalised),
    Builtin::new("dot_product_3d_normalized", 6, 6, dot_product_3d_normalised),
    Builtin::new("point_distance", 4, 4, point_distance),
    Builtin::new("point_distance_3d", 6, 6, point_distance_3d),
    Builtin::new("point_direction", 4, 4, point_direction),
    Builtin::new("lengthdir_x", 2, 2, lengthdir_x),
    Builtin::new("lengthdir_y", 2, 2, lengthdir_y),
    Builtin::new("angle_difference", 2, 2, angle_difference),
    Builtin::new("is_nan", 1, 1, is_nan),
    Builtin::new("is_infinity", 1, 1, is_infinity),
    Builtin::new("math_set_epsilon", 1, 1, math_set_epsilon),
    Builtin::new("math_get_epsilon", 0, 0, math_get_epsilon),
    Builtin::new("random", 1, 1, random::random),
    Builtin::new("random_range", 2, 2, random::random_range),
    Builtin::new("irandom", 1, 1, random::irandom),
    Builtin::new("irandom_range", 2, 2, random::irandom_range),
    Builtin::new("choose", 0, VARIADIC, random::choose),
    Builtin::new("random_set_seed", 1, 1, random::random_set_seed),
    Builtin::new("random_get_seed", 0, 0, random::random_get_seed),
    Builtin::new("randomize", 0, 0, random::randomize),
    Builtin::new("randomise", 0, 0, random::randomize),
];

pub const CONSTANTS: &[Constant] = &[];

/// Defines a builtin that maps one number to one real.
macro_rules! unary {
    ($($name:ident => $f:expr;)*) => {$(
        fn $name(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
            let f: fn(f64) -> f64 = $f;
            Ok(Value::Real(f(number(args, 0)?)))
        }
    )*};
}

unary! {
    abs => f64::abs;
    sign => |x| if x > 0.0 { 1.0 } else if x == 0.0 { 0.0 } else { -1.0 };
    round => f64::round_ties_even;
    floor => f64::floor;
    ceil => f64::ceil;
    frac => |x| x - x.trunc();
    sqr => |x| x * x;
    exp => f64::exp;
    ln => f64::ln;
    log2 => f64::log2;
    log10 => f64::log10;
    sin => f64::sin;
    cos => f64::cos;
    tan => f64::tan;
    arctan => f64::atan;
    dsin => deg_sin;
    dcos => deg_cos;
    dtan => deg_tan;
    darctan => |x| to_deg(x.atan());
    degtorad => |x| x * PI / 180.0;
    radtodeg => |x| x * 180.0 / PI;
}

/// Radians to degrees; results within a hair of a whole degree snap to it, so that
/// `darcsin(1)` is exactly 90.
fn to_deg(r: f64) -> f64 {
    let d = r * 180.0 / PI;
    let w = d.round();
    if (d - w).abs() < 1e-9 {
        w
    } else {
        d
    }
}

/// Sine of an angle in degrees, exact at multiples of 90.
fn deg_sin(d: f64) -> f64 {
    if !d.is_finite() {
        return f64::NAN;
    }
    let r = d.rem_euclid(360.0);
    if r == 0.0 || r == 180.0 {
        0.0
    } else if r == 90.0 {
        1.0
    } else if r == 270.0 {
        -1.0
    } else {
        (r * PI / 180.0).sin()
    }
}

/// Cosine of an angle in degrees, exact at multiples of 90.
fn deg_cos(d: f64) -> f64 {
    if !d.is_finite() {
        return f64::NAN;
    }
    deg_sin(d.rem_euclid(360.0) + 90.0)
}

/// Tangent of an angle in degrees: exact at multiples of 45, infinite at odd multiples of 90.
fn deg_tan(d: f64) -> f64 {
    if !d.is_finite() {
        return f64::NAN;
    }
    let r = d.rem_euclid(180.0);
    if r == 0.0 {
        0.0
    } else if r == 45.0 {
        1.0
    } else if r == 135.0 {
        -1.0
    } else if r == 90.0 {
        f64::INFINITY
    } else {
        (r * PI / 180.0).tan()
    }
}

/// `sqrt`: values just below zero (within epsilon) count as 0, other negatives are an error.
fn sqrt(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let x = number(args, 0)?;
    if x < 0.0 {
        if x >= -vm.epsilon {
            return Ok(Value::Real(0.0));
        }
        return Err(Error::msg("sqrt :: cannot apply sqrt to negative number"));
    }
    Ok(Value::Real(x.sqrt()))
}

fn power(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Real(number(args, 0)?.powf(number(args, 1)?)))
}

/// `logn(base, value)`.
fn logn(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let base = number(args, 0)?;
    let x = number(args, 1)?;
    Ok(Value::Real(x.ln() / base.ln()))
}

/// An argument of `arcsin`/`arccos`: within epsilon of ±1 it is ±1, outside [-1, 1] an error.
fn unit_arg(vm: &Vm, args: &[Value], name: &str) -> Result<f64> {
    let x = number(args, 0)?;
    if (x - 1.0).abs() <= vm.epsilon {
        return Ok(1.0);
    }
    if (x + 1.0).abs() <= vm.epsilon {
        return Ok(-1.0);
    }
    if !(-1.0..=1.0).contains(&x) {
        return Err(Error::msg(format!(
            "{name} :: value {} is not within the valid range [-1, 1]",
            crate::vm::value::real_to_string(x)
        )));
    }
    Ok(x)
}

fn arcsin(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Real(unit_arg(vm, args, "arcsin")?.asin()))
}

fn arccos(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Real(unit_arg(vm, args, "arccos")?.acos()))
}

fn darcsin(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Real(to_deg(unit_arg(vm, args, "darcsin")?.asin())))
}

fn darccos(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Real(to_deg(unit_arg(vm, args, "darccos")?.acos())))
}

/// `arctan2(y, x)`.
fn arctan2(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Real(number(args, 0)?.atan2(number(args, 1)?)))
}

fn darctan2(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Real(to_deg(
        number(args, 0)?.atan2(number(args, 1)?),
    )))
}

/// The argument itself when it is a number value (so int64 stays int64), else its number.
fn numeric_value(args: &[Value], i: usize) -> Result<(f64, Value)> {
    let x = number(args, i)?;
    let v = arg(args, i);
    Ok((
        x,
        if v.is_numeric() {
            v.clone()
        } else {
            Value::Real(x)
        },
    ))
}

/// `min`/`max`: the first argument that no later one beats (0 with no arguments).
fn pick(args: &[Value], better: fn(f64, f64) -> bool) -> Result<Value> {
    if args.is_empty() {
        return Ok(Value::Real(0.0));
    }
    let (mut best, mut value) = numeric_value(args, 0)?;
    for i in 1..args.len() {
        let (x, v) = numeric_value(args, i)?;
        if better(x, best) {
            best = x;
            value = v;
        }
    }
    Ok(value)
}

fn min(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    pick(args, |x, best| x < best)
}

fn max(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    pick(args, |x, best| x > best)
}

fn mean(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    if args.is_empty() {
        return Ok(Value::Real(0.0));
    }
    let mut sum = 0.0;
    for i in 0..args.len() {
        sum += number(args, i)?;
    }
    Ok(Value::Real(sum / args.len() as f64))
}

/// The middle value; with an even count, the larger of the two middle values.
fn median(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    if args.is_empty() {
        return Ok(Value::Real(0.0));
    }
    let mut items = Vec::with_capacity(args.len());
    for i in 0..args.len() {
        items.push(numeric_value(args, i)?);
    }
    items.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap_or(std::cmp::Ordering::Equal));
    Ok(items.swap_remove(items.len() / 2).1)
}

/// `clamp(val, min, max)`: raised to `min`, then lowered to `max` (so with min > max the result
/// is `max`).
fn clamp(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (mut x, mut v) = numeric_value(args, 0)?;
    let (lo, lo_v) = numeric_value(args, 1)?;
    let (hi, hi_v) = numeric_value(args, 2)?;
    if x < lo {
        x = lo;
        v = lo_v;
    }
    if x > hi {
        v = hi_v;
    }
    Ok(v)
}

fn lerp(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let a = number(args, 0)?;
    let b = number(args, 1)?;
    let t = number(args, 2)?;
    Ok(Value::Real(a + (b - a) * t))
}

/// The first `N` arguments as numbers.
fn numbers<const N: usize>(args: &[Value]) -> Result<[f64; N]> {
    let mut out = [0.0; N];
    for (i, slot) in out.iter_mut().enumerate() {
        *slot = number(args, i)?;
    }
    Ok(out)
}

fn dot_product(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let [x1, y1, x2, y2] = numbers(args)?;
    Ok(Value::Real(x1 * x2 + y1 * y2))
}

fn dot_product_3d(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let [x1, y1, z1, x2, y2, z2] = numbers(args)?;
    Ok(Value::Real(x1 * x2 + y1 * y2 + z1 * z2))
}

/// The dot product of the two vectors made unit length (NaN when either is zero).
fn dot_product_normalised(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let [x1, y1, x2, y2] = numbers(args)?;
    let m = x1.hypot(y1) * x2.hypot(y2);
    Ok(Value::Real((x1 * x2 + y1 * y2) / m))
}

fn dot_product_3d_normalised(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let [x1, y1, z1, x2, y2, z2] = numbers(args)?;
    let m1 = (x1 * x1 + y1 * y1 + z1 * z1).sqrt();
    let m2 = (x2 * x2 + y2 * y2 + z2 * z2).sqrt();
    Ok(Value::Real((x1 * x2 + y1 * y2 + z1 * z2) / (m1 * m2)))
}

fn point_distance(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let [x1, y1, x2, y2] = numbers(args)?;
    let (dx, dy) = (x2 - x1, y2 - y1);
    Ok(Value::Real((dx * dx + dy * dy).sqrt()))
}

fn point_distance_3d(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let [x1, y1, z1, x2, y2, z2] = numbers(args)?;
    let (dx, dy, dz) = (x2 - x1, y2 - y1, z2 - z1);
    Ok(Value::Real((dx * dx + dy * dy + dz * dz).sqrt()))
}

/// Direction from (x1, y1) to (x2, y2) in degrees, 0..360, counter-clockwise with y pointing
/// down (as the room is drawn); rounded to six decimals; 0 for the same point.
fn point_direction(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let [x1, y1, x2, y2] = numbers(args)?;
    Ok(Value::Real(direction_between(x1, y1, x2, y2)))
}

/// `point_direction`: degrees counter-clockwise on screen from (x1, y1) to (x2, y2), in [0, 360).
pub(crate) fn direction_between(x1: f64, y1: f64, x2: f64, y2: f64) -> f64 {
    let (dx, dy) = (x2 - x1, y2 - y1);
    if dx == 0.0 && dy == 0.0 {
        return 0.0;
    }
    let d = (dy.atan2(dx) * 180.0 / PI * 1e6).round_ties_even() / 1e6;
    if d <= 0.0 {
        -d + 0.0
    } else {
        360.0 - d
    }
}

/// A component of a vector, snapped to a whole number when within 0.0001 of one.
fn snap(v: f64) -> f64 {
    let w = v.round();
    if (v - w).abs() < 0.0001 {
        w + 0.0
    } else {
        v
    }
}

fn lengthdir_x(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let [len, dir] = numbers(args)?;
    Ok(Value::Real(snap(len * deg_cos(dir))))
}

fn lengthdir_y(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let [len, dir] = numbers(args)?;
    Ok(Value::Real(snap(-(len * deg_sin(dir)))))
}

/// `angle_difference(dest, src)`: the signed smallest turn from `src` to `dest`, in -180..180.
fn angle_difference(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let [dest, src] = numbers(args)?;
    Ok(Value::Real(
        (((dest - src) % 360.0) + 540.0) % 360.0 - 180.0,
    ))
}

/// `is_nan(x)`: true for NaN, and for anything that is not a number at all (except pointers).
fn is_nan(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let v = arg(args, 0);
    let nan = match v {
        Value::Ptr(_) => false,
        // A script function or built-in used as a value is its index, a number; a method is not.
        Value::Method(_) => crate::builtins::core::function_ref_index(vm, v).is_none(),
        Value::Str(s) => parse_number_prefix(s).is_none_or(|(n, _)| n.is_nan()),
        _ => v.as_f64().is_none_or(f64::is_nan),
    };
    Ok(Value::Bool(nan))
}

fn is_infinity(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let v = arg(args, 0);
    let inf = match v {
        Value::Str(s) => parse_number_prefix(s).is_some_and(|(n, _)| n.is_infinite()),
        Value::Ptr(_) => false,
        _ => v.as_f64().is_some_and(f64::is_infinite),
    };
    Ok(Value::Bool(inf))
}

/// `math_set_epsilon(e)`: accepted for 0 <= e < 1 (0 means 1e-11); other values are ignored.
fn math_set_epsilon(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let e = number(args, 0)?;
    if (0.0..1.0).contains(&e) {
        vm.epsilon = if e == 0.0 { 1e-11 } else { e };
    }
    Ok(Value::Undefined)
}

fn math_get_epsilon(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    Ok(Value::Real(vm.epsilon))
}
