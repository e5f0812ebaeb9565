//! Animation curve functions (manual: Asset Management > Animation Curves). Curves, channels
//! and points are GML structs (`runtime/animcurve.rs`); a project's curves come from their
//! `.yy` files, `animcurve_create` makes more.

use super::args::*;
use super::assets::asset_index;
use super::{Builtin, ConstValue, Constant};
use crate::runtime::animcurve::{CurveStore, Point, BEZIER, CATMULL_ROM, LINEAR};
use crate::vm::error::{Error, Result};
use crate::vm::intern::Sym;
use crate::vm::value::{RefKind, StructRef, Value};
use crate::vm::Vm;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("animcurve_get", 1, 1, animcurve_get),
    Builtin::new("animcurve_get_channel", 2, 2, animcurve_get_channel),
    Builtin::new(
        "animcurve_get_channel_index",
        2,
        2,
        animcurve_get_channel_index,
    ),
    Builtin::new(
        "animcurve_channel_evaluate",
        2,
        2,
        animcurve_channel_evaluate,
    ),
    Builtin::new("animcurve_create", 0, 0, animcurve_create),
    Builtin::new("animcurve_destroy", 1, 1, animcurve_destroy),
    Builtin::new("animcurve_exists", 1, 1, animcurve_exists),
    Builtin::new("animcurve_channel_new", 0, 0, animcurve_channel_new),
    Builtin::new("animcurve_point_new", 0, 0, animcurve_point_new),
];

pub const CONSTANTS: &[Constant] = &[
    ("animcurvetype_linear", ConstValue::Real(LINEAR as f64)),
    (
        "animcurvetype_catmullrom",
        ConstValue::Real(CATMULL_ROM as f64),
    ),
    ("animcurvetype_bezier", ConstValue::Real(BEZIER as f64)),
];

/// How many samples a smooth channel takes between two points unless told otherwise.
pub const DEFAULT_ITERATIONS: f64 = 8.0;

/// The live curve an argument names: a curve asset's handle (or index), or a curve struct.
fn curve(vm: &Vm, v: &Value) -> Option<StructRef> {
    let store = &vm.assets.curves;
    match v {
        Value::Struct(s) => store.is_live(s).then(|| s.clone()),
        _ => {
            let i = asset_index(v, RefKind::AnimCurve)?;
            store.assets.get(usize::try_from(i).ok()?)?.clone()
        }
    }
}

fn curve_arg(vm: &Vm, args: &[Value], name: &str) -> Result<StructRef> {
    curve(vm, arg(args, 0))
        .ok_or_else(|| Error::msg(format!("{name}() - specified curve not valid")))
}

fn channels(c: &StructRef) -> Vec<Value> {
    match c.borrow().get(Sym::intern("channels")) {
        Some(Value::Array(a)) => a.borrow().clone(),
        _ => Vec::new(),
    }
}

fn channel_name(ch: &Value) -> Option<String> {
    match ch {
        Value::Struct(s) => match s.borrow().get(Sym::intern("name")) {
            Some(Value::Str(n)) => Some(n.to_string()),
            _ => None,
        },
        _ => None,
    }
}

fn animcurve_get(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Struct(curve_arg(vm, args, "animcurve_get")?))
}

/// A channel by index (an index out of range is an error) or by name (-1 if none has it).
fn animcurve_get_channel(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let c = curve_arg(vm, args, "animcurve_get_channel")?;
    let list = channels(&c);
    match arg(args, 1) {
        Value::Str(name) => Ok(list
            .iter()
            .find(|ch| channel_name(ch).as_deref() == Some(&**name))
            .cloned()
            .unwrap_or(Value::Real(-1.0))),
        v if v.as_f64().is_some() => {
            let i = int(args, 1)?;
            usize::try_from(i)
                .ok()
                .and_then(|i| list.get(i).cloned())
                .ok_or_else(|| {
                    Error::msg("animcurve_get_channel() - specified channel index out of range")
                })
        }
        v => Err(Error::bad_arg(1, "Number or String", v)),
    }
}

fn animcurve_get_channel_index(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let c = curve_arg(vm, args, "animcurve_get_channel_index")?;
    let name = string(args, 1)?.to_string();
    let i = channels(&c)
        .iter()
        .position(|ch| channel_name(ch).as_deref() == Some(name.as_str()));
    Ok(Value::Real(i.map_or(-1.0, |i| i as f64)))
}

fn animcurve_channel_evaluate(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let Value::Struct(ch) = arg(args, 0) else {
        return Err(Error::msg(
            "animcurve_channel_evaluate() - first parameter is not valid animation curve channel",
        ));
    };
    let x = real(args, 1)?;
    let v = vm.assets.curves.evaluate(&ch.borrow(), x);
    Ok(Value::Real(v.unwrap_or(0.0)))
}

fn animcurve_create(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    let c = CurveStore::new_curve("", Vec::new());
    vm.assets.curves.created.push(c.clone());
    Ok(Value::Struct(c))
}

/// Destroys a curve `animcurve_create` made; a project's curves cannot be destroyed.
fn animcurve_destroy(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let c = curve_arg(vm, args, "animcurve_destroy")?;
    let store = &mut vm.assets.curves;
    let before = store.created.len();
    store.created.retain(|s| !std::rc::Rc::ptr_eq(s, &c));
    if store.created.len() == before {
        return Err(Error::msg(
            "animcurve_destroy() - can't delete a curve created in the IDE",
        ));
    }
    Ok(Value::Undefined)
}

fn animcurve_exists(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Bool(curve(vm, arg(args, 0)).is_some()))
}

fn animcurve_channel_new(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    Ok(vm
        .assets
        .curves
        .new_channel("", LINEAR, DEFAULT_ITERATIONS, &[]))
}

fn animcurve_point_new(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    Ok(vm.assets.curves.new_point(Point::default()))
}
