//! Manual: Filters and Effects (`fx_*`). Nothing is drawn, but an FX struct made by `fx_create`
//! keeps its effect's name, parameters and single-layer flag. As in GameMaker the parameters are
//! not members of the struct (`variable_struct_get_names` of it is empty, and writing
//! `fx.g_Intensity` does not change the effect): they are read and written with the functions.
//!
//! GameMaker's filter definitions ship with the IDE, not the runner, so only the defaults the
//! manual and GameMaker's own tests state are known; other filters start with no parameters and
//! get them as they are set.

use super::check;
use crate::builtins::args::*;
use crate::builtins::{Builtin, VARIADIC};
use crate::vm::error::{Error, Result};
use crate::vm::intern::Sym;
use crate::vm::value::{StructObj, StructRef, Value};
use crate::vm::Vm;
use hashbrown::HashMap;
use std::rc::Rc;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("fx_create", 1, 1, fx_create),
    Builtin::new("fx_get_name", 1, 1, fx_get_name),
    Builtin::new("fx_get_parameter_names", 1, 1, fx_get_parameter_names),
    Builtin::new("fx_get_parameter", 2, 2, fx_get_parameter),
    Builtin::new("fx_get_parameters", 1, 1, fx_get_parameters),
    Builtin::new("fx_set_parameter", 3, VARIADIC, fx_set_parameter),
    Builtin::new("fx_set_parameters", 2, 2, fx_set_parameters),
    Builtin::new("fx_get_single_layer", 1, 1, fx_get_single_layer),
    Builtin::new("fx_set_single_layer", 2, 2, fx_set_single_layer),
];

/// A parameter's name and default value (one number, or several for a colour or vector).
type Param = (&'static str, &'static [f64]);

/// Known defaults: `_filter_colourise` (Intensity 1, tint colour as RGBA 0-1).
const DEFAULTS: &[(&str, &[Param])] = &[(
    "_filter_colourise",
    &[
        ("g_Intensity", &[1.0]),
        ("g_TintCol", &[1.0, 0.5, 0.2, 1.0]),
    ],
)];

struct Fx {
    /// The FX struct itself, kept alive with its state.
    handle: StructRef,
    name: Rc<str>,
    /// Parameters in definition order.
    params: Vec<(String, Value)>,
    single_layer: bool,
}

/// Every FX struct made, by the struct's address.
#[derive(Default)]
pub struct EffectsState {
    effects: HashMap<usize, Fx>,
}

impl EffectsState {
    pub fn for_each_value(&self, f: &mut impl FnMut(&Value)) {
        for fx in self.effects.values() {
            f(&Value::Struct(fx.handle.clone()));
            for (_, v) in &fx.params {
                f(v);
            }
        }
    }
}

fn key(s: &StructRef) -> usize {
    Rc::as_ptr(s) as *const u8 as usize
}

/// A parameter value: one number, or an array for several (a colour, a vector).
fn param_value(values: &[f64]) -> Value {
    match values {
        [one] => Value::Real(*one),
        many => Value::new_array(many.iter().map(|v| Value::Real(*v)).collect()),
    }
}

/// Arrays are copied in and out, so a caller's array never aliases the effect's.
fn copied(v: &Value) -> Value {
    match v {
        Value::Array(a) => Value::new_array(a.borrow().clone()),
        other => other.clone(),
    }
}

fn fx_create(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "fx_create")?;
    let name = string(args, 0)?;
    let params = DEFAULTS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, ps)| {
            ps.iter()
                .map(|(p, v)| (p.to_string(), param_value(v)))
                .collect()
        })
        .unwrap_or_default();
    let handle = StructObj::new_ref();
    let fx = Fx {
        handle: handle.clone(),
        name: name.into(),
        params,
        single_layer: false,
    };
    vm.headless.effects.effects.insert(key(&handle), fx);
    Ok(Value::Struct(handle))
}

fn fx<'a>(vm: &'a mut Vm, args: &[Value], function: &str) -> Result<&'a mut Fx> {
    let found = match arg(args, 0) {
        Value::Struct(s) => vm.headless.effects.effects.get_mut(&key(s)),
        _ => None,
    };
    found.ok_or_else(|| {
        Error::msg(format!(
            "{function}: argument 1 is not an FX struct (one made by fx_create)"
        ))
    })
}

fn fx_get_name(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "fx_get_name")?;
    Ok(Value::str(&fx(vm, args, "fx_get_name")?.name))
}

fn fx_get_parameter_names(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "fx_get_parameter_names")?;
    let fx = fx(vm, args, "fx_get_parameter_names")?;
    Ok(Value::new_array(
        fx.params.iter().map(|(n, _)| Value::str(n)).collect(),
    ))
}

fn fx_get_parameter(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "fx_get_parameter")?;
    let name = string(args, 1)?.to_string();
    let fx = fx(vm, args, "fx_get_parameter")?;
    Ok(fx
        .params
        .iter()
        .find(|(n, _)| *n == name)
        .map_or(Value::Undefined, |(_, v)| copied(v)))
}

/// A new struct holding a copy of every parameter.
fn fx_get_parameters(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "fx_get_parameters")?;
    let fx = fx(vm, args, "fx_get_parameters")?;
    let mut s = StructObj::new();
    for (n, v) in &fx.params {
        s.set(Sym::intern(n), copied(v));
    }
    Ok(Value::new_struct(s))
}

fn set_param(fx: &mut Fx, name: &str, value: Value) {
    match fx.params.iter_mut().find(|(n, _)| n == name) {
        Some((_, v)) => *v = value,
        None => fx.params.push((name.to_string(), value)),
    }
}

/// `fx_set_parameter(fx, name, value)`, or with several values (`r, g, b, a`) as an array.
fn fx_set_parameter(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "fx_set_parameter")?;
    let name = string(args, 1)?.to_string();
    let value = if args.len() > 3 {
        Value::new_array(args[2..].to_vec())
    } else {
        copied(&args[2])
    };
    let fx = fx(vm, args, "fx_set_parameter")?;
    set_param(fx, &name, value);
    Ok(Value::Undefined)
}

/// `fx_set_parameters(fx, struct)`: every member of the struct.
fn fx_set_parameters(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "fx_set_parameters")?;
    let values: Vec<(String, Value)> = structure(args, 1)?
        .borrow()
        .fields
        .iter()
        .map(|(k, v)| (k.as_str().to_string(), copied(v)))
        .collect();
    let fx = fx(vm, args, "fx_set_parameters")?;
    for (n, v) in values {
        set_param(fx, &n, v);
    }
    Ok(Value::Undefined)
}

fn fx_get_single_layer(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "fx_get_single_layer")?;
    Ok(Value::Bool(
        fx(vm, args, "fx_get_single_layer")?.single_layer,
    ))
}

fn fx_set_single_layer(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "fx_set_single_layer")?;
    let on = boolean(args, 1)?;
    fx(vm, args, "fx_set_single_layer")?.single_layer = on;
    Ok(Value::Undefined)
}
