//! Instance and object functions (manual: Instances, Objects, Variable Functions for instances).

use super::args::*;
use super::{Builtin, ConstValue, Constant};
use crate::runtime::events::EventKey;
use crate::runtime::frame_loop::{fire_event, fire_event_with_other};
use crate::vm::error::{Error, Result};
use crate::vm::intern::Sym;
use crate::vm::value::{RefKind, StructRef, Value};
use crate::vm::Vm;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("instance_create_depth", 4, 5, instance_create_depth),
    Builtin::new("instance_create_layer", 4, 5, instance_create_layer),
    Builtin::new("instance_create", 3, 3, instance_create),
    Builtin::new("instance_destroy", 0, 2, instance_destroy),
    Builtin::new("instance_exists", 1, 1, instance_exists),
    Builtin::new("instance_number", 1, 1, instance_number),
    Builtin::new("instance_find", 2, 2, instance_find),
    Builtin::new("instance_id_get", 1, 1, instance_id_get),
    Builtin::new("instance_nearest", 3, 3, instance_nearest),
    Builtin::new("instance_copy", 1, 1, instance_copy),
    Builtin::new("instance_change", 2, 2, instance_change),
    Builtin::new("instance_furthest", 3, 3, instance_furthest),
    Builtin::new("alarm_get", 1, 1, alarm_get),
    Builtin::new("alarm_set", 2, 2, alarm_set),
    Builtin::new("object_get_name", 1, 1, object_get_name),
    Builtin::new("object_get_parent", 1, 1, object_get_parent),
    Builtin::new("object_is_ancestor", 2, 2, object_is_ancestor),
    Builtin::new("object_exists", 1, 1, object_exists),
    Builtin::new("variable_instance_exists", 2, 2, variable_instance_exists),
    Builtin::new("variable_instance_get", 2, 2, variable_instance_get),
    Builtin::new("variable_instance_set", 3, 3, variable_instance_set),
    Builtin::new(
        "variable_instance_get_names",
        1,
        1,
        variable_instance_get_names,
    ),
    Builtin::new(
        "variable_instance_names_count",
        1,
        1,
        variable_instance_names_count,
    ),
];

pub const CONSTANTS: &[Constant] = &[
    ("ev_create", ConstValue::Real(0.0)),
    ("ev_destroy", ConstValue::Real(1.0)),
    ("ev_alarm", ConstValue::Real(2.0)),
    ("ev_step", ConstValue::Real(3.0)),
    ("ev_collision", ConstValue::Real(4.0)),
    ("ev_keyboard", ConstValue::Real(5.0)),
    ("ev_mouse", ConstValue::Real(6.0)),
    ("ev_other", ConstValue::Real(7.0)),
    ("ev_draw", ConstValue::Real(8.0)),
    ("ev_keypress", ConstValue::Real(9.0)),
    ("ev_keyrelease", ConstValue::Real(10.0)),
    ("ev_cleanup", ConstValue::Real(12.0)),
    ("ev_gesture", ConstValue::Real(13.0)),
    ("ev_pre_create", ConstValue::Real(14.0)),
    ("ev_step_normal", ConstValue::Real(0.0)),
    ("ev_step_begin", ConstValue::Real(1.0)),
    ("ev_step_end", ConstValue::Real(2.0)),
    ("ev_game_start", ConstValue::Real(2.0)),
    ("ev_game_end", ConstValue::Real(3.0)),
    ("ev_room_start", ConstValue::Real(4.0)),
    ("ev_room_end", ConstValue::Real(5.0)),
    ("ev_user0", ConstValue::Real(10.0)),
    ("ev_user1", ConstValue::Real(11.0)),
    ("ev_user2", ConstValue::Real(12.0)),
    ("ev_user3", ConstValue::Real(13.0)),
    ("ev_user4", ConstValue::Real(14.0)),
    ("ev_user5", ConstValue::Real(15.0)),
    ("ev_user6", ConstValue::Real(16.0)),
    ("ev_user7", ConstValue::Real(17.0)),
    ("ev_user8", ConstValue::Real(18.0)),
    ("ev_user9", ConstValue::Real(19.0)),
    ("ev_user10", ConstValue::Real(20.0)),
    ("ev_user11", ConstValue::Real(21.0)),
    ("ev_user12", ConstValue::Real(22.0)),
    ("ev_user13", ConstValue::Real(23.0)),
    ("ev_user14", ConstValue::Real(24.0)),
    ("ev_user15", ConstValue::Real(25.0)),
    ("ev_async_image_loaded", ConstValue::Real(60.0)),
    ("ev_async_web", ConstValue::Real(62.0)),
    ("ev_async_dialog", ConstValue::Real(63.0)),
    ("ev_async_web_iap", ConstValue::Real(66.0)),
    ("ev_async_web_cloud", ConstValue::Real(67.0)),
    ("ev_async_web_networking", ConstValue::Real(68.0)),
    ("ev_async_web_steam", ConstValue::Real(69.0)),
    ("ev_async_social", ConstValue::Real(70.0)),
    ("ev_async_push_notification", ConstValue::Real(71.0)),
    ("ev_async_save_load", ConstValue::Real(72.0)),
    ("ev_async_audio_recording", ConstValue::Real(73.0)),
    ("ev_async_audio_playback", ConstValue::Real(74.0)),
    ("ev_async_system_event", ConstValue::Real(75.0)),
    ("ev_async_audio_playback_ended", ConstValue::Real(80.0)),
    ("ev_draw_begin", ConstValue::Real(72.0)),
    ("ev_draw_end", ConstValue::Real(73.0)),
    ("ev_gui", ConstValue::Real(64.0)),
    ("ev_gui_begin", ConstValue::Real(74.0)),
    ("ev_gui_end", ConstValue::Real(75.0)),
    ("ev_draw_pre", ConstValue::Real(76.0)),
    ("ev_draw_post", ConstValue::Real(77.0)),
    // Other, mouse and gesture event numbers (ev_other / ev_mouse / ev_gesture subtypes).
    ("ev_outside", ConstValue::Real(0.0)),
    ("ev_boundary", ConstValue::Real(1.0)),
    ("ev_no_more_lives", ConstValue::Real(6.0)),
    ("ev_animation_end", ConstValue::Real(7.0)),
    ("ev_end_of_path", ConstValue::Real(8.0)),
    ("ev_no_more_health", ConstValue::Real(9.0)),
    ("ev_left_button", ConstValue::Real(0.0)),
    ("ev_right_button", ConstValue::Real(1.0)),
    ("ev_middle_button", ConstValue::Real(2.0)),
    ("ev_no_button", ConstValue::Real(3.0)),
    ("ev_left_press", ConstValue::Real(4.0)),
    ("ev_right_press", ConstValue::Real(5.0)),
    ("ev_middle_press", ConstValue::Real(6.0)),
    ("ev_left_release", ConstValue::Real(7.0)),
    ("ev_right_release", ConstValue::Real(8.0)),
    ("ev_middle_release", ConstValue::Real(9.0)),
    ("ev_mouse_enter", ConstValue::Real(10.0)),
    ("ev_mouse_leave", ConstValue::Real(11.0)),
    ("ev_global_left_button", ConstValue::Real(50.0)),
    ("ev_global_right_button", ConstValue::Real(51.0)),
    ("ev_global_middle_button", ConstValue::Real(52.0)),
    ("ev_global_left_press", ConstValue::Real(53.0)),
    ("ev_global_right_press", ConstValue::Real(54.0)),
    ("ev_global_middle_press", ConstValue::Real(55.0)),
    ("ev_global_left_release", ConstValue::Real(56.0)),
    ("ev_global_right_release", ConstValue::Real(57.0)),
    ("ev_global_middle_release", ConstValue::Real(58.0)),
    ("ev_mouse_wheel_up", ConstValue::Real(60.0)),
    ("ev_mouse_wheel_down", ConstValue::Real(61.0)),
    ("ev_gesture_tap", ConstValue::Real(0.0)),
    ("ev_gesture_double_tap", ConstValue::Real(1.0)),
    ("ev_gesture_drag_start", ConstValue::Real(2.0)),
    ("ev_gesture_dragging", ConstValue::Real(3.0)),
    ("ev_gesture_drag_end", ConstValue::Real(4.0)),
    ("ev_gesture_flick", ConstValue::Real(5.0)),
    ("ev_gesture_pinch_start", ConstValue::Real(6.0)),
    ("ev_gesture_pinch_in", ConstValue::Real(7.0)),
    ("ev_gesture_pinch_out", ConstValue::Real(8.0)),
    ("ev_gesture_pinch_end", ConstValue::Real(9.0)),
    ("ev_gesture_rotate_start", ConstValue::Real(10.0)),
    ("ev_gesture_rotating", ConstValue::Real(11.0)),
    ("ev_gesture_rotate_end", ConstValue::Real(12.0)),
    ("ev_global_gesture_tap", ConstValue::Real(64.0)),
    ("ev_global_gesture_double_tap", ConstValue::Real(65.0)),
    ("ev_global_gesture_drag_start", ConstValue::Real(66.0)),
    ("ev_global_gesture_dragging", ConstValue::Real(67.0)),
    ("ev_global_gesture_drag_end", ConstValue::Real(68.0)),
    ("ev_global_gesture_flick", ConstValue::Real(69.0)),
    ("ev_global_gesture_pinch_start", ConstValue::Real(70.0)),
    ("ev_global_gesture_pinch_in", ConstValue::Real(71.0)),
    ("ev_global_gesture_pinch_out", ConstValue::Real(72.0)),
    ("ev_global_gesture_pinch_end", ConstValue::Real(73.0)),
    ("ev_global_gesture_rotate_start", ConstValue::Real(74.0)),
    ("ev_global_gesture_rotating", ConstValue::Real(75.0)),
    ("ev_global_gesture_rotate_end", ConstValue::Real(76.0)),
];

/// The object index an argument names (an object asset or its number).
fn object_arg(vm: &Vm, args: &[Value], i: usize) -> Result<usize> {
    let v = arg(args, i);
    let n = match v {
        Value::Ref(RefKind::Object, o) => *o,
        Value::Real(r) => *r as i64,
        _ => return Err(Error::bad_arg(i, "object", v)),
    };
    if n < 0 || n as usize >= vm.world.objects.len() || vm.world.objects[n as usize].name.is_empty()
    {
        return Err(Error::msg(format!(
            "Trying to create an instance using non-existent object type {n}"
        )));
    }
    Ok(n as usize)
}

/// Creates an instance, copies the optional variable struct onto it, runs Create at once.
pub fn create_instance(
    vm: &mut Vm,
    x: f64,
    y: f64,
    depth: f64,
    object: usize,
    vars: Option<&Value>,
) -> Result<Value> {
    create_instance_on(vm, x, y, depth, object, vars, None)
}

/// `create_instance` on a layer: `layer` is set before any event runs.
fn create_instance_on(
    vm: &mut Vm,
    x: f64,
    y: f64,
    depth: f64,
    object: usize,
    vars: Option<&Value>,
    layer: Option<Value>,
) -> Result<Value> {
    let id = vm.world.next_id;
    vm.world.next_id += 1;
    let inst = vm.world.spawn(id, object, x, y, depth);
    crate::runtime::assets::apply_object_sprite(vm, &inst);
    if let Some(layer) = layer {
        if let Some(l) = vm.rooms.layer(&layer).map(|l| l.id) {
            let element = crate::runtime::layers::ElementKind::Instance(id);
            vm.rooms.layers.add_element(l, element);
        }
        inst.borrow_mut().set(Sym::intern("layer"), layer);
    }
    // Object Variables first, then the struct's variables, then Create (the manual's order).
    fire_event(vm, &inst, EventKey::PreCreate)?;
    if let Some(Value::Struct(s)) = vars {
        let fields: Vec<(Sym, Value)> = s
            .borrow()
            .fields
            .iter()
            .map(|(k, v)| (*k, v.clone()))
            .collect();
        for (k, v) in fields {
            vm.store_var_pub(&inst, k, v);
        }
    }
    // In Create, `other` is whoever created the instance.
    let creator = vm.current_self();
    fire_event_with_other(vm, &inst, &creator, EventKey::Create)?;
    Ok(Value::Ref(RefKind::Instance, id))
}

/// The calling instance, for functions that only act on it; a struct or the top level is not
/// one (the error names the builtin being called).
pub(crate) fn calling_instance(vm: &Vm) -> Result<StructRef> {
    let me = vm.current_self();
    if me.borrow().instance().is_none() {
        return Err(Error::msg(format!(
            "{}: the calling scope is not an instance",
            vm.current_native
        )));
    }
    Ok(me)
}

/// A new instance with every variable of the caller (arrays and structs shared, the `alarm`
/// array copied) and a new id, on the caller's layer; with `perform_event`, its Object Variables
/// and Create event run.
fn instance_copy(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let run_create = boolean(args, 0)?;
    let me = calling_instance(vm)?;
    let id = vm.world.next_id;
    vm.world.next_id += 1;
    let copy = {
        let src = me.borrow();
        let mut s = crate::vm::value::StructObj::new();
        s.fields = src.fields.clone();
        s.statics = src.statics.clone();
        s.constructor = src.constructor.clone();
        if let Some(d) = src.instance() {
            s.kind = crate::vm::value::StructKind::Instance(Box::new(d.duplicate(id)));
        }
        crate::vm::value::StructObj::into_ref(s)
    };
    vm.world.add(copy.clone());
    let layer = vm.rooms.layers.instance_elements.get(&me_id(&me)).copied();
    if let Some(layer) = layer.and_then(|e| vm.rooms.layers.elements.get(&e).map(|e| e.layer)) {
        let element = crate::runtime::layers::ElementKind::Instance(id);
        vm.rooms.layers.add_element(layer, element);
    }
    if run_create {
        fire_event(vm, &copy, EventKey::PreCreate)?;
        fire_event_with_other(vm, &copy, &copy, EventKey::Create)?;
    }
    Ok(Value::Ref(RefKind::Instance, id))
}

fn me_id(s: &StructRef) -> i64 {
    s.borrow().instance().map_or(-1, |d| d.id)
}

/// Turns the caller into an instance of another object: its variables stay, its events and
/// sprite become the new object's. With `perf`, the old object's Destroy and Clean Up events
/// run first and the new one's Object Variables and Create after.
fn instance_change(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let object = object_arg(vm, args, 0)?;
    let perf = boolean(args, 1)?;
    let me = calling_instance(vm)?;
    if perf {
        fire_event(vm, &me, EventKey::Destroy)?;
        fire_event(vm, &me, EventKey::CleanUp)?;
    }
    vm.world.change_object(&me, object);
    crate::runtime::assets::apply_object_sprite(vm, &me);
    if vm
        .world
        .objects
        .get(object)
        .is_some_and(|o| o.sprite.is_none())
    {
        let k = Sym::intern("sprite_index");
        crate::runtime::instance::set_builtin(&mut me.borrow_mut(), k, &Value::Real(-1.0));
    }
    if perf {
        fire_event(vm, &me, EventKey::PreCreate)?;
        fire_event_with_other(vm, &me, &me, EventKey::Create)?;
    }
    Ok(Value::Undefined)
}

fn instance_create_depth(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (x, y, depth) = (real(args, 0)?, real(args, 1)?, real(args, 2)?);
    let object = object_arg(vm, args, 3)?;
    create_instance(vm, x, y, depth, object, args.get(4))
}

fn instance_create_layer(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (x, y) = (real(args, 0)?, real(args, 1)?);
    let object = object_arg(vm, args, 3)?;
    // In a project's room the layer (by id or name) gives the depth and the `layer` id; a
    // single file has no layers, so the value is only kept.
    // A single file's layers come from `layer_create`.
    let known = vm.rooms.layer(arg(args, 2)).is_some();
    let (depth, layer) = if vm.rooms.current.is_some() || known {
        match vm.rooms.layer(arg(args, 2)) {
            Some(l) => (l.depth, Value::Real(l.id as f64)),
            None => {
                let shown = vm.stringify(arg(args, 2))?;
                return Err(Error::msg(format!(
                    "instance_create_layer: there is no layer {shown} in the current room"
                )));
            }
        }
    } else {
        (0.0, arg(args, 2).clone())
    };
    create_instance_on(vm, x, y, depth, object, args.get(4), Some(layer))
}

fn instance_create(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (x, y) = (real(args, 0)?, real(args, 1)?);
    let object = object_arg(vm, args, 2)?;
    create_instance(vm, x, y, 0.0, object, None)
}

pub(crate) fn instance_struct(vm: &Vm, v: &Value) -> Option<StructRef> {
    match v {
        Value::Ref(RefKind::Instance, id) => vm.world.get_live(*id),
        Value::Struct(s) if s.borrow().instance().is_some_and(|d| d.is_active()) => Some(s.clone()),
        Value::Real(r) if *r >= 100000.0 => vm.world.get_live(*r as i64),
        _ => None,
    }
}

/// Instances an argument names: an instance, an object (all of its instances), `all`.
fn targets(vm: &Vm, v: &Value) -> Vec<StructRef> {
    match v {
        Value::Ref(RefKind::Object, o) => vm.world.instances_of(*o as usize),
        Value::Real(r) if *r == -3.0 => vm.world.live().cloned().collect(),
        Value::Real(r) if *r >= 0.0 && (*r as usize) < vm.world.objects.len() => {
            vm.world.instances_of(*r as usize)
        }
        other => instance_struct(vm, other).into_iter().collect(),
    }
}

/// Destroy: runs Destroy (unless told not to) and Clean Up now; removal happens at frame end.
pub fn destroy_instance(vm: &mut Vm, inst: &StructRef, run_event: bool) -> Result<()> {
    match inst.borrow_mut().instance_mut() {
        Some(d) if !d.destroyed && !d.destroying => d.destroying = true,
        _ => return Ok(()),
    }
    if run_event {
        fire_event(vm, inst, EventKey::Destroy)?;
    }
    fire_event(vm, inst, EventKey::CleanUp)?;
    if let Some(d) = inst.borrow_mut().instance_mut() {
        d.destroyed = true;
    }
    vm.world.note_destroyed();
    Ok(())
}

fn instance_destroy(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let run_event = match args.get(1) {
        Some(v) => crate::vm::ops::truthy(v)?,
        None => true,
    };
    let list = match args.first() {
        None => {
            let s = vm.current_self();
            if s.borrow().instance().is_none() {
                return Err(Error::msg("instance_destroy() called outside an instance"));
            }
            vec![s]
        }
        Some(v) => targets(vm, v),
    };
    for inst in list {
        destroy_instance(vm, &inst, run_event)?;
    }
    Ok(Value::Undefined)
}

fn instance_exists(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Bool(!targets(vm, arg(args, 0)).is_empty()))
}

fn instance_number(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Real(targets(vm, arg(args, 0)).len() as f64))
}

fn instance_find(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let n = int(args, 1)?;
    let list = targets(vm, arg(args, 0));
    Ok(match usize::try_from(n).ok().and_then(|n| list.get(n)) {
        Some(s) => id_of(s),
        None => Value::Real(-4.0),
    })
}

/// The instance of `obj` whose origin is nearest to (x, y) (`furthest`: furthest from it); the
/// first in creation order on a tie, `noone` when there is none.
fn by_distance(vm: &Vm, args: &[Value], furthest: bool) -> Result<Value> {
    let (x, y) = (real(args, 0)?, real(args, 1)?);
    let (kx, ky) = crate::runtime::instance::with_syms(|k| (k.x, k.y));
    let mut best: Option<(f64, StructRef)> = None;
    for inst in targets(vm, arg(args, 2)) {
        let d = {
            let b = inst.borrow();
            let get = |k| b.get(k).and_then(|v| v.as_f64()).unwrap_or(0.0);
            (get(kx) - x).hypot(get(ky) - y)
        };
        let better = match &best {
            None => true,
            Some((bd, _)) if furthest => d > *bd,
            Some((bd, _)) => d < *bd,
        };
        if better {
            best = Some((d, inst));
        }
    }
    Ok(best.map_or(Value::Real(-4.0), |(_, s)| id_of(&s)))
}

fn instance_nearest(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    by_distance(vm, args, false)
}

fn instance_furthest(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    by_distance(vm, args, true)
}

fn id_of(s: &StructRef) -> Value {
    match s.borrow().instance() {
        Some(d) => Value::Ref(RefKind::Instance, d.id),
        None => Value::Struct(s.clone()),
    }
}

fn instance_id_get(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let n = int(args, 0)?;
    let live: Vec<StructRef> = vm.world.live().cloned().collect();
    Ok(match usize::try_from(n).ok().and_then(|n| live.get(n)) {
        Some(s) => id_of(s),
        None => Value::Real(-4.0),
    })
}

/// The calling instance's `alarm` array and a checked alarm index (0-11).
fn alarm_slot(vm: &Vm, args: &[Value], name: &str) -> Result<(crate::vm::value::ArrayRef, usize)> {
    let n = int(args, 0)?;
    if !(0..12).contains(&n) {
        return Err(Error::msg(format!(
            "{name}: alarm index {n} is out of range (0-11)"
        )));
    }
    let s = vm.current_self();
    if s.borrow().instance().is_none() {
        return Err(Error::msg(format!("{name}() called outside an instance")));
    }
    let sym = crate::runtime::instance::with_syms(|k| k.alarm);
    let arr = s.borrow().get(sym).cloned();
    match arr {
        Some(Value::Array(a)) => Ok((a, n as usize)),
        _ => Err(Error::msg(format!(
            "{name}: the instance's alarm array is gone"
        ))),
    }
}

fn alarm_get(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let (arr, i) = alarm_slot(vm, args, "alarm_get")?;
    let v = arr.borrow().get(i).cloned().unwrap_or(Value::Real(-1.0));
    Ok(v)
}

fn alarm_set(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let v = real(args, 1)?;
    let (arr, i) = alarm_slot(vm, args, "alarm_set")?;
    let mut a = arr.borrow_mut();
    if a.len() <= i {
        a.resize(i + 1, Value::Real(-1.0));
    }
    a[i] = Value::Real(v);
    Ok(Value::Undefined)
}

fn object_index_of(v: &Value) -> Option<i64> {
    match v {
        Value::Ref(RefKind::Object, o) => Some(*o),
        Value::Real(r) => Some(*r as i64),
        _ => None,
    }
}

fn object_get_name(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let o =
        object_index_of(arg(args, 0)).ok_or_else(|| Error::bad_arg(0, "object", arg(args, 0)))?;
    Ok(
        match usize::try_from(o)
            .ok()
            .and_then(|o| vm.world.objects.get(o))
        {
            Some(def) => Value::str(&def.name),
            None => Value::str("<undefined>"),
        },
    )
}

fn object_get_parent(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let o =
        object_index_of(arg(args, 0)).ok_or_else(|| Error::bad_arg(0, "object", arg(args, 0)))?;
    Ok(
        match usize::try_from(o)
            .ok()
            .and_then(|o| vm.world.objects.get(o))
            .and_then(|d| d.parent)
        {
            Some(p) => Value::Ref(RefKind::Object, p as i64),
            None => Value::Real(-100.0),
        },
    )
}

fn object_is_ancestor(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let child = object_index_of(arg(args, 0)).unwrap_or(-1);
    let parent = object_index_of(arg(args, 1)).unwrap_or(-1);
    if child < 0 || parent < 0 || child == parent {
        return Ok(Value::Bool(false));
    }
    Ok(Value::Bool(vm.world.is_a(child as usize, parent as usize)))
}

fn object_exists(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let o = object_index_of(arg(args, 0)).unwrap_or(-1);
    Ok(Value::Bool(
        o >= 0
            && (o as usize) < vm.world.objects.len()
            && !vm.world.objects[o as usize].name.is_empty(),
    ))
}

fn scope_arg(vm: &Vm, args: &[Value], i: usize) -> Result<StructRef> {
    let v = arg(args, i);
    match v {
        Value::Struct(s) => Ok(s.clone()),
        Value::Real(r) if *r == -1.0 => Ok(vm.current_self()),
        // A deactivated instance's variables stay reachable through its id (manual).
        Value::Ref(RefKind::Instance, id) => vm
            .world
            .get_existing(*id)
            .ok_or_else(|| Error::msg("variable_instance_*: instance does not exist")),
        Value::Real(r) if *r >= 100000.0 => vm
            .world
            .get_existing(*r as i64)
            .ok_or_else(|| Error::msg("variable_instance_*: instance does not exist")),
        other => instance_struct(vm, other)
            .or_else(|| targets(vm, other).into_iter().next())
            .ok_or_else(|| Error::msg("variable_instance_*: instance does not exist")),
    }
}

/// False for an instance that does not exist; a value that cannot name an instance (array,
/// string, undefined...) is an argument error.
fn variable_instance_exists(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let v = arg(args, 0);
    if !matches!(
        v,
        Value::Struct(_) | Value::Ref(..) | Value::Real(_) | Value::Int32(_) | Value::Int64(_)
    ) {
        return Err(Error::bad_arg(0, "instance", v));
    }
    let s = match scope_arg(vm, args, 0) {
        Ok(s) => s,
        Err(_) => return Ok(Value::Bool(false)),
    };
    let name = string(args, 1)?;
    let exists = Sym::lookup(name)
        .map(|k| s.borrow().get(k).is_some())
        .unwrap_or(false);
    Ok(Value::Bool(exists))
}

fn variable_instance_get(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = scope_arg(vm, args, 0)?;
    let name = string(args, 1)?;
    Ok(Sym::lookup(name)
        .and_then(|k| s.borrow().get_with_statics(k))
        .unwrap_or(Value::Undefined))
}

fn variable_instance_set(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = scope_arg(vm, args, 0)?;
    let name = Sym::intern_key(string(args, 1)?);
    vm.store_var_pub(&s, name, arg(args, 2).clone());
    Ok(Value::Undefined)
}

fn variable_instance_get_names(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = scope_arg(vm, args, 0)?;
    let names: Vec<Value> = user_var_names(&s)
        .into_iter()
        .map(|k| Value::str(k.as_str()))
        .collect();
    Ok(Value::new_array(names))
}

fn variable_instance_names_count(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = scope_arg(vm, args, 0)?;
    let n = user_var_names(&s).len();
    Ok(Value::Real(n as f64))
}

/// The variables an instance's code created (built-in instance variables left out); every
/// field of a plain struct or of `global`.
fn user_var_names(s: &StructRef) -> Vec<Sym> {
    let b = s.borrow();
    let is_instance = b.instance().is_some();
    b.fields
        .keys()
        .filter(|k| !(is_instance && crate::runtime::instance::is_builtin_var(k.as_str())))
        .copied()
        .collect()
}
