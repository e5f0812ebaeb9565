//! Manual: Cameras and Display > Views. The eight views' built-in arrays (`view_camera[]`,
//! `view_visible[]`, `view_xport[]`, `view_yport[]`, `view_wport[]`, `view_hport[]`,
//! `view_surface_id[]`) and `view_enabled`, `view_current`. Nothing is drawn, but what code writes
//! reads back, through the arrays and through `view_get_*`/`view_set_*` alike (they share the
//! same storage). Every view starts with the default camera (0), invisible, with a port the size
//! of the display.

use super::{check, DISPLAY_SIZE};
use crate::builtins::args::*;
use crate::builtins::Builtin;
use crate::vm::error::{Error, Result};
use crate::vm::value::Value;
use crate::vm::Vm;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("view_get_camera", 1, 1, |vm, a| get(vm, a, "view_camera")),
    Builtin::new("view_set_camera", 2, 2, |vm, a| set(vm, a, "view_camera")),
    Builtin::new("view_get_visible", 1, 1, |vm, a| get(vm, a, "view_visible")),
    Builtin::new("view_set_visible", 2, 2, |vm, a| set(vm, a, "view_visible")),
    Builtin::new("view_get_xport", 1, 1, |vm, a| get(vm, a, "view_xport")),
    Builtin::new("view_set_xport", 2, 2, |vm, a| set(vm, a, "view_xport")),
    Builtin::new("view_get_yport", 1, 1, |vm, a| get(vm, a, "view_yport")),
    Builtin::new("view_set_yport", 2, 2, |vm, a| set(vm, a, "view_yport")),
    Builtin::new("view_get_wport", 1, 1, |vm, a| get(vm, a, "view_wport")),
    Builtin::new("view_set_wport", 2, 2, |vm, a| set(vm, a, "view_wport")),
    Builtin::new("view_get_hport", 1, 1, |vm, a| get(vm, a, "view_hport")),
    Builtin::new("view_set_hport", 2, 2, |vm, a| set(vm, a, "view_hport")),
    Builtin::new("view_get_surface_id", 1, 1, |vm, a| {
        get(vm, a, "view_surface_id")
    }),
    Builtin::new("view_set_surface_id", 2, 2, |vm, a| {
        set(vm, a, "view_surface_id")
    }),
];

/// The per-view arrays and each one's starting value.
const ARRAYS: &[(&str, Value)] = &[
    ("view_camera", Value::Real(0.0)),
    ("view_visible", Value::Bool(false)),
    ("view_xport", Value::Real(0.0)),
    ("view_yport", Value::Real(0.0)),
    ("view_wport", Value::Real(DISPLAY_SIZE.0)),
    ("view_hport", Value::Real(DISPLAY_SIZE.1)),
    ("view_surface_id", Value::Real(-1.0)),
];

const VIEWS: usize = 8;

/// The views' state: each array made on first use (an array value, so `view_camera[0] = c`
/// writes through it).
#[derive(Default)]
pub struct ViewState {
    arrays: Vec<(&'static str, Value)>,
    enabled: Option<Value>,
}

/// Whether `name` is one of the view built-ins.
pub fn is_view_var(name: &str) -> bool {
    name == "view_enabled" || name == "view_current" || ARRAYS.iter().any(|(n, _)| *n == name)
}

/// The value of a view built-in variable (`None` for other names).
pub fn view_var(vm: &mut Vm, name: &str) -> Option<Value> {
    match name {
        "view_enabled" => Some(
            vm.headless
                .views
                .enabled
                .clone()
                .unwrap_or(Value::Bool(false)),
        ),
        // No view is being drawn.
        "view_current" => Some(Value::Real(0.0)),
        _ => array(vm, name),
    }
}

/// Sets `view_enabled`; the other view variables are arrays (written by index) or read-only.
pub fn set_view_var(vm: &mut Vm, name: &str, v: Value) -> Result<()> {
    if name != "view_enabled" {
        return Err(Error::msg(format!("{name} is read-only")));
    }
    vm.headless.views.enabled = Some(Value::Bool(crate::vm::ops::truthy(&v)?));
    Ok(())
}

fn array(vm: &mut Vm, name: &str) -> Option<Value> {
    let (key, start) = ARRAYS.iter().find(|(n, _)| *n == name)?;
    let views = &mut vm.headless.views;
    if let Some((_, a)) = views.arrays.iter().find(|(n, _)| n == key) {
        return Some(a.clone());
    }
    let a = Value::new_array(vec![start.clone(); VIEWS]);
    views.arrays.push((key, a.clone()));
    Some(a)
}

fn view_index(args: &[Value], name: &str) -> Result<usize> {
    let i = int(args, 0)?;
    usize::try_from(i)
        .ok()
        .filter(|i| *i < VIEWS)
        .ok_or_else(|| {
            Error::msg(format!(
                "{name}: view {i} does not exist (views are 0 to 7)"
            ))
        })
}

fn get(vm: &mut Vm, args: &[Value], name: &str) -> Result<Value> {
    let fname = name.replace("view_", "view_get_");
    check(vm, &fname)?;
    let i = view_index(args, &fname)?;
    let Some(Value::Array(a)) = array(vm, name) else {
        return Ok(Value::Undefined);
    };
    let v = a.borrow().get(i).cloned().unwrap_or_default();
    Ok(v)
}

fn set(vm: &mut Vm, args: &[Value], name: &str) -> Result<Value> {
    let fname = name.replace("view_", "view_set_");
    check(vm, &fname)?;
    let i = view_index(args, &fname)?;
    if let Some(Value::Array(a)) = array(vm, name) {
        if let Some(slot) = a.borrow_mut().get_mut(i) {
            *slot = arg(args, 1).clone();
        }
    }
    Ok(Value::Undefined)
}
