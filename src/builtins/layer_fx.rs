//! A layer's filter or effect (manual: Filter/Effect Layers): `layer_set_fx` keeps an FX struct
//! (`fx_create`) on the layer, `layer_enable_fx` switches it; nothing is drawn headless.

use super::args::*;
use super::layers::layer_arg;
use super::Builtin;
use crate::vm::error::Result;
use crate::vm::value::Value;
use crate::vm::Vm;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("layer_set_fx", 2, 2, layer_set_fx),
    Builtin::new("layer_get_fx", 1, 1, layer_get_fx),
    Builtin::new("layer_clear_fx", 1, 1, layer_clear_fx),
    Builtin::new("layer_enable_fx", 2, 2, layer_enable_fx),
    Builtin::new("layer_fx_is_enabled", 1, 1, layer_fx_is_enabled),
];

fn layer_set_fx(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let fx = arg(args, 1).clone();
    if let Some(l) = vm.rooms.layers.get_mut(layer_arg(args, 0)?) {
        l.fx = fx;
    }
    Ok(Value::Undefined)
}

/// The layer's FX struct, or -1 when it has none (or there is no such layer).
fn layer_get_fx(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let v = layer_arg(args, 0)?;
    Ok(vm
        .rooms
        .layers
        .get(v)
        .map_or(Value::Real(-1.0), |l| l.fx.clone()))
}

fn layer_clear_fx(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    if let Some(l) = vm.rooms.layers.get_mut(layer_arg(args, 0)?) {
        l.fx = Value::Real(-1.0);
    }
    Ok(Value::Undefined)
}

fn layer_enable_fx(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let on = boolean(args, 1)?;
    if let Some(l) = vm.rooms.layers.get_mut(layer_arg(args, 0)?) {
        l.fx_enabled = on;
    }
    Ok(Value::Undefined)
}

fn layer_fx_is_enabled(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let v = layer_arg(args, 0)?;
    Ok(Value::Bool(
        vm.rooms.layers.get(v).is_some_and(|l| l.fx_enabled),
    ))
}
