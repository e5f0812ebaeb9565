//! Manual: Audio > Audio Effects. `audio_effect_create(type, [params])` gives a struct holding
//! `type` and the type's parameters (`bypass`, `gain`, ...), each at its default or at the value
//! the optional params struct gives, clamped to the parameter's range. The EQ effect holds eight
//! sub-effects. Nothing is heard, so the parameters are only data.

use super::super::check;
use crate::builtins::args::*;
use crate::builtins::Builtin;
use crate::vm::error::{Error, Result};
use crate::vm::intern::Sym;
use crate::vm::value::{StructObj, StructRef, Value};
use crate::vm::Vm;

pub const FUNCTIONS: &[Builtin] = &[Builtin::new(
    "audio_effect_create",
    1,
    2,
    audio_effect_create,
)];

/// `AudioEffectType` and `AudioLFOType`, GameMaker's built-in enums for effects.
pub const ENUMS: &[super::super::BuiltinEnum] = &[
    (
        "AudioEffectType",
        &[
            ("Bitcrusher", 0),
            ("Delay", 1),
            ("Gain", 2),
            ("HPF2", 3),
            ("LPF2", 4),
            ("Reverb1", 5),
            ("Tremolo", 6),
            ("PeakEQ", 7),
            ("HiShelf", 8),
            ("LoShelf", 9),
            ("EQ", 10),
            ("Compressor", 11),
        ],
    ),
    (
        "AudioLFOType",
        &[
            ("Sine", 0),
            ("Square", 1),
            ("Triangle", 2),
            ("Sawtooth", 3),
            ("InvSawtooth", 4),
        ],
    ),
];

/// One parameter: name, default, minimum, maximum, whether it is a whole number.
type Param = (&'static str, f64, f64, f64, bool);

const BYPASS: Param = ("bypass", 0.0, 0.0, 1.0, true);
const TOP: f64 = f64::MAX;

/// Each effect type's parameters, in the order GameMaker lists them.
fn params(ty: i64) -> Option<&'static [Param]> {
    Some(match ty {
        0 => &[
            BYPASS,
            ("gain", 1.0, 0.0, TOP, false),
            ("factor", 20.0, 1.0, 100.0, true),
            ("resolution", 8.0, 2.0, 16.0, true),
            ("mix", 0.8, 0.0, 1.0, false),
        ],
        1 => &[
            BYPASS,
            ("time", 0.2, 0.0, 5.0, false),
            ("feedback", 0.5, 0.0, 1.0, false),
            ("mix", 0.35, 0.0, 1.0, false),
        ],
        2 => &[BYPASS, ("gain", 0.5, 0.0, TOP, false)],
        3 => &[
            BYPASS,
            ("cutoff", 1500.0, 10.0, 20000.0, false),
            ("q", 1.5, 1.0, 100.0, false),
        ],
        4 => &[
            BYPASS,
            ("cutoff", 500.0, 10.0, 20000.0, false),
            ("q", 1.5, 1.0, 100.0, false),
        ],
        5 => &[
            BYPASS,
            ("size", 0.7, 0.0, 1.0, false),
            ("damp", 0.1, 0.0, 1.0, false),
            ("mix", 0.35, 0.0, 1.0, false),
        ],
        6 => &[
            BYPASS,
            ("rate", 5.0, 0.0, 20.0, false),
            ("intensity", 1.0, 0.0, 1.0, false),
            ("offset", 0.0, 0.0, 1.0, false),
            ("shape", 0.0, 0.0, 4.0, true),
        ],
        7 => &[
            BYPASS,
            ("freq", 1500.0, 10.0, 20000.0, false),
            ("q", 1.0, 1.0, 100.0, false),
            ("gain", 1e-2, 1e-6, TOP, false),
        ],
        8 => &[
            BYPASS,
            ("freq", 5000.0, 10.0, 20000.0, false),
            ("q", 1.0, 1.0, 100.0, false),
            ("gain", 1e-2, 1e-6, TOP, false),
        ],
        9 => &[
            BYPASS,
            ("freq", 500.0, 10.0, 20000.0, false),
            ("q", 1.0, 1.0, 100.0, false),
            ("gain", 1e-2, 1e-6, TOP, false),
        ],
        10 => &[BYPASS],
        11 => &[
            BYPASS,
            ("ingain", 1.0, 1e-6, TOP, false),
            ("threshold", 0.125, 1e-3, 1.0, false),
            ("ratio", 4.0, 1.0, TOP, false),
            ("attack", 0.05, 1e-3, 1e-1, false),
            ("release", 0.25, 1e-2, 1.0, false),
            ("outgain", 1.0, 1e-6, TOP, false),
        ],
        _ => return None,
    })
}

/// The EQ's bands: member, effect type, and the (parameter, value) pairs it starts with when
/// no params struct is given and when one is given without this band.
type Band = (
    &'static str,
    i64,
    &'static [(&'static str, f64)],
    &'static [(&'static str, f64)],
);
const EQ_BANDS: &[Band] = &[
    ("locut", 3, &[("cutoff", 10.0), ("q", 1.0)], &[]),
    (
        "loshelf",
        9,
        &[("freq", 200.0), ("gain", 12.0)],
        &[("gain", 0.0)],
    ),
    (
        "eq1",
        7,
        &[("freq", 500.0), ("gain", -24.0)],
        &[("gain", 0.0)],
    ),
    ("eq2", 7, &[("freq", 1000.0), ("gain", 0.0)], &[]),
    ("eq3", 7, &[("freq", 2000.0), ("gain", 0.0)], &[]),
    ("eq4", 7, &[("freq", 3000.0), ("gain", 0.0)], &[]),
    (
        "hishelf",
        8,
        &[("freq", 5000.0), ("gain", 18.0)],
        &[("gain", 0.0)],
    ),
    ("hicut", 4, &[("cutoff", 20000.0), ("q", 1.0)], &[]),
];

fn db_to_lin(db: f64) -> f64 {
    10f64.powf(db / 20.0)
}

fn member(s: &StructRef, name: &str) -> Option<Value> {
    s.borrow().get(Sym::intern(name)).cloned()
}

/// One effect struct of type `ty`, its parameters taken from `given` where it has them.
fn effect(ty: i64, given: Option<&StructRef>) -> Result<StructRef> {
    let list = params(ty).ok_or_else(|| {
        Error::msg(format!(
            "audio_effect_create: {ty} is not an AudioEffectType (0 to 11)"
        ))
    })?;
    let mut o = StructObj::new();
    o.set(Sym::intern("type"), Value::Real(ty as f64));
    for &(name, default, min, max, whole) in list {
        let v = match given.and_then(|g| member(g, name)) {
            Some(v) => v.as_f64().ok_or_else(|| {
                Error::msg(format!(
                    "audio_effect_create: parameter {name} must be a number, got {}",
                    v.type_name()
                ))
            })?,
            None => default,
        };
        let v = if whole { v.trunc() } else { v }.clamp(min, max);
        o.set(Sym::intern(name), Value::Real(v));
    }
    Ok(StructObj::into_ref(o))
}

/// The EQ effect: `bypass` and its eight bands.
fn eq(given: Option<&StructRef>) -> Result<StructRef> {
    let s = effect(10, given)?;
    for &(band, ty, fresh, partial) in EQ_BANDS {
        let band_given = match given.and_then(|g| member(g, band)) {
            Some(Value::Struct(b)) => Some(b),
            Some(Value::Undefined) | None => None,
            Some(v) => {
                return Err(Error::msg(format!(
                    "audio_effect_create: EQ band {band} must be a struct, got {}",
                    v.type_name()
                )))
            }
        };
        let sub = effect(ty, band_given.as_ref())?;
        if band_given.is_none() {
            for &(name, v) in fresh {
                // gains are given in decibels; the struct holds linear gain
                let v = if name == "gain" { db_to_lin(v) } else { v };
                let v = partial
                    .iter()
                    .find(|(p, _)| given.is_some() && *p == name)
                    .map_or(v, |&(_, db)| db_to_lin(db));
                sub.borrow_mut().set(Sym::intern(name), Value::Real(v));
            }
        }
        s.borrow_mut().set(Sym::intern(band), Value::Struct(sub));
    }
    Ok(s)
}

fn audio_effect_create(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "audio_effect_create")?;
    let ty = int(args, 0)?;
    let given = match arg(args, 1) {
        Value::Undefined => None,
        Value::Struct(s) => Some(s.clone()),
        v => {
            return Err(Error::msg(format!(
                "audio_effect_create: the parameters must be a struct, got {}",
                v.type_name()
            )))
        }
    };
    let s = if ty == 10 {
        eq(given.as_ref())?
    } else {
        effect(ty, given.as_ref())?
    };
    Ok(Value::Struct(s))
}
