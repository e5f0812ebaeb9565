//! Asset functions (manual: Asset Management): `asset_get_index`/`_type`/`_ids`, the
//! `*_exists`/`*_get_name` of each asset kind, and object sprite settings. Sprites have their
//! own module (`sprites.rs`); rooms are the room module's.

use super::args::*;
use super::{Builtin, ConstValue, Constant};
use crate::runtime::assets::{asset_type_number, kind_of_asset_type};
use crate::vm::error::Result;
use crate::vm::value::{RefKind, Value};
use crate::vm::Vm;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("asset_get_index", 1, 1, asset_get_index),
    Builtin::new("asset_get_type", 1, 1, asset_get_type),
    Builtin::new("asset_get_ids", 1, 1, asset_get_ids),
    Builtin::new("handle_parse", 1, 1, handle_parse),
    Builtin::new("sprite_exists", 1, 1, sprite_exists),
    Builtin::new("sprite_get_name", 1, 1, sprite_get_name),
    Builtin::new("audio_exists", 1, 1, audio_exists),
    Builtin::new("audio_get_name", 1, 1, audio_get_name),
    Builtin::new("font_exists", 1, 1, font_exists),
    Builtin::new("font_get_name", 1, 1, font_get_name),
    Builtin::new("path_exists", 1, 1, path_exists),
    Builtin::new("path_get_name", 1, 1, path_get_name),
    Builtin::new("shader_get_name", 1, 1, shader_get_name),
    Builtin::new("timeline_exists", 1, 1, timeline_exists),
    Builtin::new("timeline_get_name", 1, 1, timeline_get_name),
    Builtin::new("sequence_exists", 1, 1, sequence_exists),
    Builtin::new("tileset_get_name", 1, 1, tileset_get_name),
    Builtin::new("object_get_sprite", 1, 1, object_get_sprite),
    Builtin::new("object_get_mask", 1, 1, object_get_mask),
    Builtin::new("object_get_solid", 1, 1, object_get_solid),
    Builtin::new("object_set_sprite", 2, 2, object_set_sprite),
    Builtin::new("object_set_mask", 2, 2, object_set_mask),
    Builtin::new("object_set_solid", 2, 2, object_set_solid),
];

pub const CONSTANTS: &[Constant] = &[
    ("asset_unknown", ConstValue::Real(-1.0)),
    ("asset_object", ConstValue::Real(0.0)),
    ("asset_sprite", ConstValue::Real(1.0)),
    ("asset_sound", ConstValue::Real(2.0)),
    ("asset_room", ConstValue::Real(3.0)),
    ("asset_path", ConstValue::Real(4.0)),
    ("asset_script", ConstValue::Real(5.0)),
    ("asset_font", ConstValue::Real(6.0)),
    ("asset_timeline", ConstValue::Real(7.0)),
    ("asset_shader", ConstValue::Real(8.0)),
    ("asset_sequence", ConstValue::Real(9.0)),
    ("asset_animationcurve", ConstValue::Real(10.0)),
    ("asset_particlesystem", ConstValue::Real(11.0)),
    ("asset_tiles", ConstValue::Real(13.0)),
];

/// What a name is: an object, a script function (by script index) or a registered asset.
enum Found {
    Object(usize),
    Script(u32),
    Asset(RefKind, i64),
}

fn find(vm: &Vm, name: &str) -> Option<Found> {
    if let Some(o) = vm.world.object_index(name) {
        return Some(Found::Object(o));
    }
    if let Some(i) = crate::vm::intern::Sym::lookup(name).and_then(|s| vm.script_names.get(&s)) {
        if is_user_script(vm, *i) {
            return Some(Found::Script(*i));
        }
    }
    vm.assets.find(name).map(|(k, i)| Found::Asset(k, i))
}

/// Script functions of the game (not the GML-written standard library).
fn is_user_script(vm: &Vm, i: u32) -> bool {
    vm.scripts
        .get(i as usize)
        .and_then(|s| s.as_ref())
        .is_some_and(|f| !f.proto.file.name.starts_with("stdlib/"))
}

/// The asset a name names: its handle (a script function's value, so `new` and calls accept
/// it), or -1 when nothing has that name.
fn asset_get_index(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let name = string(args, 0)?;
    Ok(match find(vm, name) {
        Some(Found::Object(o)) => Value::Ref(RefKind::Object, o as i64),
        Some(Found::Script(i)) => vm.script_value(i),
        Some(Found::Asset(k, i)) => Value::Ref(k, i),
        None => Value::Real(-1.0),
    })
}

fn asset_get_type(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let name = string(args, 0)?;
    Ok(Value::Real(match find(vm, name) {
        Some(Found::Object(_)) => asset_type_number(RefKind::Object),
        Some(Found::Script(_)) => asset_type_number(RefKind::Script),
        Some(Found::Asset(k, _)) => asset_type_number(k),
        None => -1.0,
    }))
}

/// Every asset of one type, as an array of handles in index order.
fn asset_get_ids(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let ty = int(args, 0)?;
    let items: Vec<Value> = match kind_of_asset_type(ty) {
        Some(RefKind::Object) => (0..vm.world.objects.len())
            .filter(|&o| !vm.world.objects[o].name.is_empty())
            .map(|o| Value::Ref(RefKind::Object, o as i64))
            .collect(),
        Some(RefKind::Script) => (0..vm.scripts.len() as u32)
            .filter(|&i| is_user_script(vm, i))
            .map(|i| vm.script_value(i))
            .collect(),
        Some(kind) => vm
            .assets
            .ids(kind)
            .into_iter()
            .map(|i| Value::Ref(kind, i))
            .collect(),
        None => Vec::new(),
    };
    Ok(Value::new_array(items))
}

/// The index an argument gives for an asset of `kind`: its handle or a plain number.
pub fn asset_index(v: &Value, kind: RefKind) -> Option<i64> {
    match v {
        Value::Ref(k, i) if *k == kind => Some(*i),
        Value::Ref(..) => None,
        _ => v.as_f64().filter(|r| r.is_finite()).map(|r| r as i64),
    }
}

fn exists(vm: &Vm, args: &[Value], kind: RefKind) -> Value {
    let ok = asset_index(arg(args, 0), kind).is_some_and(|i| vm.assets.exists(kind, i));
    Value::Bool(ok)
}

/// The asset's name, or "" when it does not exist (as GameMaker's runners return).
fn get_name(vm: &Vm, args: &[Value], kind: RefKind) -> Value {
    match asset_index(arg(args, 0), kind).and_then(|i| vm.assets.name(kind, i)) {
        Some(n) => Value::str(&n),
        None => Value::str(""),
    }
}

macro_rules! exists_and_name {
    ($($exists:ident, $name:ident, $kind:expr;)*) => {$(
        fn $exists(vm: &mut Vm, args: &[Value]) -> Result<Value> {
            Ok(exists(vm, args, $kind))
        }
        fn $name(vm: &mut Vm, args: &[Value]) -> Result<Value> {
            Ok(get_name(vm, args, $kind))
        }
    )*};
}

exists_and_name! {
    sprite_exists, sprite_get_name, RefKind::Sprite;
    audio_exists, audio_get_name, RefKind::Sound;
    font_exists, font_get_name, RefKind::Font;
    path_exists, path_get_name, RefKind::Path;
    timeline_exists, timeline_get_name, RefKind::Timeline;
}

fn shader_get_name(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(get_name(vm, args, RefKind::Shader))
}
fn tileset_get_name(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(get_name(vm, args, RefKind::Tileset))
}
fn sequence_exists(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(exists(vm, args, RefKind::Sequence))
}

/// The object an argument names, if it exists.
fn object_of(vm: &Vm, v: &Value) -> Option<usize> {
    let o = asset_index(v, RefKind::Object)?;
    (o >= 0
        && (o as usize) < vm.world.objects.len()
        && !vm.world.objects[o as usize].name.is_empty())
    .then_some(o as usize)
}

fn sprite_value(i: Option<i64>) -> Value {
    match i {
        Some(i) => Value::Ref(RefKind::Sprite, i),
        None => Value::Real(-1.0),
    }
}

fn object_get_sprite(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(sprite_value(
        object_of(vm, arg(args, 0)).and_then(|o| vm.world.objects[o].sprite),
    ))
}

fn object_get_mask(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(sprite_value(
        object_of(vm, arg(args, 0)).and_then(|o| vm.world.objects[o].mask),
    ))
}

fn object_get_solid(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Bool(
        object_of(vm, arg(args, 0)).is_some_and(|o| vm.world.objects[o].solid),
    ))
}

/// A sprite argument for an object setting: a valid sprite, or None for -1 / no sprite.
fn sprite_setting(args: &[Value], i: usize) -> Option<i64> {
    asset_index(arg(args, i), RefKind::Sprite).filter(|&s| s >= 0)
}

fn object_set_sprite(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    if let Some(o) = object_of(vm, arg(args, 0)) {
        vm.world.objects[o].sprite = sprite_setting(args, 1);
    }
    Ok(Value::Undefined)
}

fn object_set_mask(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    if let Some(o) = object_of(vm, arg(args, 0)) {
        vm.world.objects[o].mask = sprite_setting(args, 1);
    }
    Ok(Value::Undefined)
}

fn object_set_solid(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let solid = boolean(args, 1)?;
    if let Some(o) = object_of(vm, arg(args, 0)) {
        vm.world.objects[o].solid = solid;
    }
    Ok(Value::Undefined)
}

/// `"ref <type> <index>"` (what `string()` gives for a handle) back to the handle; undefined for
/// an unknown type or a malformed string.
fn handle_parse(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let text = string(args, 0)?;
    // The type may be several words ("particle system resource"); the index is the last word.
    let words: Vec<&str> = text.split_whitespace().collect();
    let [first, kind @ .., index] = words.as_slice() else {
        return Ok(Value::Undefined);
    };
    if *first != "ref" || kind.is_empty() {
        return Ok(Value::Undefined);
    }
    let Ok(index) = index.parse::<i64>() else {
        return Ok(Value::Undefined);
    };
    Ok(match RefKind::from_name(&kind.join(" ")) {
        Some(kind) => Value::Ref(kind, index),
        None => Value::Undefined,
    })
}
