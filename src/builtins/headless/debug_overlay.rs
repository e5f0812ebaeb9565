//! Manual: The Debug Overlay. Nothing is drawn, but views, sections and controls are kept so the
//! `*_exists` functions and deletes answer as GameMaker does: a control made before any section
//! goes into a new "Default" section, a section made before any view into a new "Default" view,
//! and creating a view or section makes it the current one.

use super::check;
use crate::builtins::args::*;
use crate::builtins::debugging::is_dbgref;
use crate::builtins::{Builtin, ConstValue, Constant};
use crate::vm::error::{Error, Result};
use crate::vm::value::Value;
use crate::vm::Vm;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("show_debug_overlay", 1, 6, show_debug_overlay),
    Builtin::new("show_debug_log", 1, 1, show_debug_log),
    Builtin::new("is_debug_overlay_open", 0, 0, is_debug_overlay_open),
    Builtin::new("is_mouse_over_debug_overlay", 0, 0, nothing_false),
    Builtin::new("is_keyboard_used_debug_overlay", 0, 0, nothing_false),
    Builtin::new("dbg_get_gamepad_input", 0, 0, dbg_get_gamepad_input),
    Builtin::new("dbg_add_font_glyphs", 1, 3, nothing_undefined),
    Builtin::new("debug_input_record", 1, 1, nothing_undefined),
    Builtin::new("debug_input_playback", 1, 1, nothing_undefined),
    Builtin::new("debug_input_save", 1, 1, nothing_undefined),
    Builtin::new("dbg_view", 2, 6, dbg_view),
    Builtin::new("dbg_view_exists", 1, 1, dbg_view_exists),
    Builtin::new("dbg_view_delete", 1, 1, dbg_view_delete),
    Builtin::new("dbg_set_view", 1, 1, dbg_set_view),
    Builtin::new("dbg_section", 1, 2, dbg_section),
    Builtin::new("dbg_section_exists", 1, 1, dbg_section_exists),
    Builtin::new("dbg_section_delete", 1, 1, dbg_section_delete),
    Builtin::new("dbg_set_section", 1, 1, dbg_set_section),
    Builtin::new("dbg_control_exists", 1, 1, dbg_control_exists),
    Builtin::new("dbg_control_delete", 1, 1, dbg_control_delete),
    Builtin::new("dbg_same_line", 0, 0, dbg_same_line),
    Builtin::new("dbg_button", 2, 4, dbg_button),
    Builtin::new("dbg_sprite_button", 3, 9, dbg_sprite_button),
    Builtin::new("dbg_checkbox", 1, 2, ref_control),
    Builtin::new("dbg_colour", 1, 2, ref_control),
    Builtin::new("dbg_color", 1, 2, ref_control),
    Builtin::new("dbg_drop_down", 2, 3, dbg_drop_down),
    Builtin::new("dbg_slider", 1, 5, ref_control),
    Builtin::new("dbg_slider_int", 1, 5, ref_control),
    Builtin::new("dbg_sprite", 2, 5, dbg_sprite),
    Builtin::new("dbg_text", 1, 1, dbg_text),
    Builtin::new("dbg_text_input", 1, 3, ref_control),
    Builtin::new("dbg_text_separator", 1, 2, dbg_text_separator),
    Builtin::new("dbg_watch", 1, 2, ref_control),
];

pub const CONSTANTS: &[Constant] = &[
    ("debug_input_filter_keyboard", ConstValue::Real(1.0)),
    ("debug_input_filter_mouse", ConstValue::Real(2.0)),
    ("debug_input_filter_touch", ConstValue::Real(4.0)),
];

fn show_debug_overlay(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "show_debug_overlay")?;
    vm.debug.overlay_open = boolean(args, 0)?;
    if args.len() > 5 {
        vm.debug.overlay_gamepad = real(args, 5)?;
    }
    Ok(Value::Undefined)
}

/// Opens the overlay on its Log window (or leaves it as it is when false).
fn show_debug_log(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "show_debug_log")?;
    if boolean(args, 0)? {
        vm.debug.overlay_open = true;
    }
    Ok(Value::Undefined)
}

fn is_debug_overlay_open(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    check(vm, "is_debug_overlay_open")?;
    Ok(Value::Bool(vm.debug.overlay_open))
}

fn dbg_get_gamepad_input(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    check(vm, "dbg_get_gamepad_input")?;
    Ok(Value::Real(vm.debug.overlay_gamepad))
}

fn nothing_false(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    check(vm, vm.current_native)?;
    Ok(Value::Bool(false))
}

fn nothing_undefined(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    check(vm, vm.current_native)?;
    Ok(Value::Undefined)
}

/// A handle argument: the pointer a `dbg_*` function returned (or a number standing for one).
fn handle(args: &[Value], i: usize) -> Result<i64> {
    match arg(args, i) {
        Value::Ptr(p) => Ok(*p),
        _ => int(args, i),
    }
}

fn new_handle(vm: &mut Vm) -> i64 {
    let h = vm.debug.next_handle;
    vm.debug.next_handle += 1;
    h
}

fn dbg_view(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "dbg_view")?;
    string(args, 0)?;
    let h = new_handle(vm);
    vm.debug.views.insert(h, ());
    vm.debug.current_view = Some(h);
    vm.debug.current_section = None;
    Ok(Value::Ptr(h))
}

fn dbg_view_exists(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "dbg_view_exists")?;
    Ok(Value::Bool(vm.debug.views.contains_key(&handle(args, 0)?)))
}

/// Deletes the view with its sections and their controls.
fn dbg_view_delete(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "dbg_view_delete")?;
    let h = handle(args, 0)?;
    if vm.debug.views.remove(&h).is_some() {
        let sections: Vec<i64> = vm
            .debug
            .sections
            .iter()
            .filter(|(_, v)| **v == h)
            .map(|(s, _)| *s)
            .collect();
        for s in sections {
            delete_section(vm, s);
        }
        if vm.debug.current_view == Some(h) {
            vm.debug.current_view = None;
        }
    }
    Ok(Value::Undefined)
}

fn dbg_set_view(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "dbg_set_view")?;
    let h = handle(args, 0)?;
    if !vm.debug.views.contains_key(&h) {
        return Err(Error::msg("dbg_set_view: the debug view does not exist"));
    }
    vm.debug.current_view = Some(h);
    vm.debug.current_section = None;
    Ok(Value::Undefined)
}

/// The current view, made as "Default" if there is none.
fn current_view(vm: &mut Vm) -> i64 {
    match vm.debug.current_view {
        Some(v) => v,
        None => {
            let h = new_handle(vm);
            vm.debug.views.insert(h, ());
            vm.debug.current_view = Some(h);
            h
        }
    }
}

fn dbg_section(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "dbg_section")?;
    string(args, 0)?;
    let view = current_view(vm);
    let h = new_handle(vm);
    vm.debug.sections.insert(h, view);
    vm.debug.current_section = Some(h);
    Ok(Value::Ptr(h))
}

fn dbg_section_exists(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "dbg_section_exists")?;
    Ok(Value::Bool(
        vm.debug.sections.contains_key(&handle(args, 0)?),
    ))
}

fn delete_section(vm: &mut Vm, s: i64) {
    vm.debug.sections.remove(&s);
    vm.debug.controls.retain(|_, sec| *sec != s);
    if vm.debug.current_section == Some(s) {
        vm.debug.current_section = None;
    }
}

fn dbg_section_delete(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "dbg_section_delete")?;
    let s = handle(args, 0)?;
    delete_section(vm, s);
    Ok(Value::Undefined)
}

fn dbg_set_section(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "dbg_set_section")?;
    let s = handle(args, 0)?;
    let Some(&view) = vm.debug.sections.get(&s) else {
        return Err(Error::msg(
            "dbg_set_section: the debug section does not exist",
        ));
    };
    vm.debug.current_view = Some(view);
    vm.debug.current_section = Some(s);
    Ok(Value::Undefined)
}

fn dbg_control_exists(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "dbg_control_exists")?;
    Ok(Value::Bool(
        vm.debug.controls.contains_key(&handle(args, 0)?),
    ))
}

fn dbg_control_delete(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "dbg_control_delete")?;
    let c = handle(args, 0)?;
    Ok(Value::Bool(vm.debug.controls.remove(&c).is_some()))
}

/// Adds a control to the current section (a "Default" one if there is none) and returns it.
fn add_control(vm: &mut Vm) -> Value {
    let section = match vm.debug.current_section {
        Some(s) => s,
        None => {
            let view = current_view(vm);
            let s = new_handle(vm);
            vm.debug.sections.insert(s, view);
            vm.debug.current_section = Some(s);
            s
        }
    };
    let h = new_handle(vm);
    vm.debug.controls.insert(h, section);
    Value::Ptr(h)
}

/// A `ref_create` reference, or an array of them.
fn refs(args: &[Value], i: usize) -> Result<()> {
    let v = arg(args, i);
    let ok = match v {
        Value::Array(a) => a.borrow().iter().all(is_dbgref),
        v => is_dbgref(v),
    };
    if ok {
        Ok(())
    } else {
        Err(Error::bad_arg(i, "Reference or Array of References", v))
    }
}

/// What `dbg_text` shows: a string, a reference, or an array of those.
fn texts(args: &[Value], i: usize) -> Result<()> {
    let one = |v: &Value| matches!(v, Value::Str(_)) || is_dbgref(v);
    let v = arg(args, i);
    let ok = match v {
        Value::Array(a) => a.borrow().iter().all(one),
        v => one(v),
    };
    if ok {
        Ok(())
    } else {
        Err(Error::bad_arg(i, "String, Reference or Array", v))
    }
}

/// What a button calls: a function, a method, or a reference to one.
fn callable(args: &[Value], i: usize) -> Result<()> {
    let v = arg(args, i);
    if matches!(v, Value::Method(_)) || is_dbgref(v) {
        Ok(())
    } else {
        Err(Error::bad_arg(i, "Function or Reference", v))
    }
}

fn dbg_same_line(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    check(vm, "dbg_same_line")?;
    Ok(add_control(vm))
}

fn dbg_button(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "dbg_button")?;
    string(args, 0)?;
    callable(args, 1)?;
    Ok(add_control(vm))
}

fn dbg_sprite_button(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "dbg_sprite_button")?;
    callable(args, 0)?;
    refs(args, 1)?;
    refs(args, 2)?;
    Ok(add_control(vm))
}

/// Controls whose first argument is a reference (or an array of them).
fn ref_control(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, vm.current_native)?;
    refs(args, 0)?;
    Ok(add_control(vm))
}

fn dbg_drop_down(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "dbg_drop_down")?;
    refs(args, 0)?;
    if !matches!(arg(args, 1), Value::Str(_) | Value::Array(_)) {
        return Err(Error::bad_arg(1, "String or Array", arg(args, 1)));
    }
    Ok(add_control(vm))
}

fn dbg_sprite(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "dbg_sprite")?;
    refs(args, 0)?;
    refs(args, 1)?;
    Ok(add_control(vm))
}

fn dbg_text(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "dbg_text")?;
    texts(args, 0)?;
    Ok(add_control(vm))
}

fn dbg_text_separator(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "dbg_text_separator")?;
    texts(args, 0)?;
    Ok(add_control(vm))
}
