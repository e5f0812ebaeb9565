//! Asset Management (manual: Asset Management): `asset_get_index` and `asset_get_type` find an
//! asset by name. Objects and script functions (constructors included) are found from the
//! program itself; other assets (sprites, sounds, rooms... of a loaded project) come from the
//! `AssetTable` the project loader fills in with `register`. Not found: -1 and `asset_unknown`.
//! Also `handle_parse`, which turns `string()` of a handle back into the handle.

use super::args::*;
use super::{Builtin, ConstValue, Constant};
use crate::vm::error::Result;
use crate::vm::value::{RefKind, Value};
use crate::vm::Vm;
use hashbrown::HashMap;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("asset_get_index", 1, 1, asset_get_index),
    Builtin::new("asset_get_type", 1, 1, asset_get_type),
    Builtin::new("handle_parse", 1, 1, handle_parse),
];

pub const ASSET_UNKNOWN: f64 = -1.0;
pub const ASSET_OBJECT: f64 = 0.0;
pub const ASSET_SCRIPT: f64 = 5.0;

pub const CONSTANTS: &[Constant] = &[
    ("asset_unknown", ConstValue::Real(ASSET_UNKNOWN)),
    ("asset_object", ConstValue::Real(ASSET_OBJECT)),
    ("asset_sprite", ConstValue::Real(1.0)),
    ("asset_sound", ConstValue::Real(2.0)),
    ("asset_room", ConstValue::Real(3.0)),
    ("asset_path", ConstValue::Real(4.0)),
    ("asset_script", ConstValue::Real(ASSET_SCRIPT)),
    ("asset_font", ConstValue::Real(6.0)),
    ("asset_timeline", ConstValue::Real(7.0)),
    ("asset_shader", ConstValue::Real(8.0)),
    ("asset_sequence", ConstValue::Real(9.0)),
    ("asset_animationcurve", ConstValue::Real(10.0)),
    ("asset_particlesystem", ConstValue::Real(11.0)),
    ("asset_tiles", ConstValue::Real(13.0)),
];

/// Named assets a project brings (sprites, sounds, rooms, ...): name -> (asset_* type, handle).
#[derive(Default)]
pub struct AssetTable {
    by_name: HashMap<String, (f64, Value)>,
}

impl AssetTable {
    /// Makes `name` findable by `asset_get_index` (as `value`) and `asset_get_type` (as
    /// `asset_type`, one of the asset_* constants' values).
    pub fn register(&mut self, name: &str, asset_type: f64, value: Value) {
        self.by_name.insert(name.to_string(), (asset_type, value));
    }

    pub fn get(&self, name: &str) -> Option<&(f64, Value)> {
        self.by_name.get(name)
    }
}

/// (asset type, handle) of the asset called `name`.
fn find(vm: &Vm, name: &str) -> Option<(f64, Value)> {
    if let Some(found) = vm.assets.get(name) {
        return Some(found.clone());
    }
    if let Some(o) = vm.world.object_index(name) {
        return Some((ASSET_OBJECT, Value::Ref(RefKind::Object, o as i64)));
    }
    let sym = crate::vm::intern::Sym::lookup(name)?;
    let &index = vm.script_names.get(&sym)?;
    let f = vm.scripts.get(index as usize)?.as_ref()?;
    // The GML-written standard library stands in for built-in functions, which are not assets.
    if f.proto.file.name.starts_with("stdlib/") {
        return None;
    }
    Some((ASSET_SCRIPT, vm.script_value(index)))
}

fn asset_get_index(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let name = string(args, 0)?;
    Ok(find(vm, name).map(|(_, v)| v).unwrap_or(Value::Real(-1.0)))
}

fn asset_get_type(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let name = string(args, 0)?;
    Ok(Value::Real(
        find(vm, name).map(|(t, _)| t).unwrap_or(ASSET_UNKNOWN),
    ))
}

/// `"ref <type> <index>"` (what `string()` gives for a handle) back to the handle; undefined for
/// an unknown type or a malformed string.
fn handle_parse(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let text = string(args, 0)?;
    let mut parts = text.split_whitespace();
    let (Some("ref"), Some(kind), Some(index), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Ok(Value::Undefined);
    };
    let Ok(index) = index.parse::<i64>() else {
        return Ok(Value::Undefined);
    };
    Ok(match RefKind::from_name(kind) {
        Some(kind) => Value::Ref(kind, index),
        None => Value::Undefined,
    })
}
