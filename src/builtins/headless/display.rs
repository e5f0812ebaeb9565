//! Manual: Cameras And Display (display, window, GUI and views; cameras are in `cameras`). There is no window:
//! the display and window report 1920 x 1080 (`DISPLAY_SIZE`), the window caption and GUI size
//! read back what was set, and nothing else changes.

use super::{check, nothing, DISPLAY_SIZE};
use crate::builtins::args::*;
use crate::builtins::{Builtin, Constant};
use crate::vm::error::Result;
use crate::vm::value::Value;
use crate::vm::Vm;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("window_set_caption", 1, 1, window_set_caption),
    Builtin::new("window_get_caption", 0, 0, window_get_caption),
    Builtin::new("display_set_gui_size", 2, 2, display_set_gui_size),
    Builtin::new("display_get_gui_width", 0, 0, display_get_gui_width),
    Builtin::new("display_get_gui_height", 0, 0, display_get_gui_height),
];

pub const CONSTANTS: &[Constant] = &[];

pub const NOTHING: &[Builtin] = nothing! {
    "display_get_width", 0, 0 => Real(DISPLAY_SIZE.0);
    "display_get_height", 0, 0 => Real(DISPLAY_SIZE.1);
    "display_get_dpi_x", 0, 0 => Real(96.0);
    "display_get_dpi_y", 0, 0 => Real(96.0);
    "display_get_frequency", 0, 0 => Real(60.0);
    "display_get_orientation", 0, 0 => Real(0.0);
    "display_reset", 2, 2 => Undefined;
    "display_set_gui_maximise", 0, 4 => Undefined;
    "display_set_gui_maximize", 0, 4 => Undefined;
    "display_set_timing_method", 1, 1 => Undefined;
    "display_set_sleep_margin", 1, 1 => Undefined;
    "display_mouse_get_x", 0, 0 => Real(0.0);
    "display_mouse_get_y", 0, 0 => Real(0.0);
    "window_get_width", 0, 0 => Real(DISPLAY_SIZE.0);
    "window_get_height", 0, 0 => Real(DISPLAY_SIZE.1);
    "window_get_x", 0, 0 => Real(0.0);
    "window_get_y", 0, 0 => Real(0.0);
    "window_set_size", 2, 2 => Undefined;
    "window_set_position", 2, 2 => Undefined;
    "window_set_rectangle", 4, 4 => Undefined;
    "window_set_min_width", 1, 1 => Undefined;
    "window_set_min_height", 1, 1 => Undefined;
    "window_set_max_width", 1, 1 => Undefined;
    "window_set_max_height", 1, 1 => Undefined;
    "window_center", 0, 0 => Undefined;
    "window_set_fullscreen", 1, 1 => Undefined;
    "window_get_fullscreen", 0, 0 => Bool(false);
    "window_set_showborder", 1, 1 => Undefined;
    "window_set_cursor", 1, 1 => Undefined;
    "window_get_cursor", 0, 0 => Real(0.0);
    "window_set_colour", 1, 1 => Undefined;
    "window_set_color", 1, 1 => Undefined;
    "window_has_focus", 0, 0 => Bool(false);
    "window_mouse_get_x", 0, 0 => Real(0.0);
    "window_mouse_get_y", 0, 0 => Real(0.0);
    "window_mouse_set", 2, 2 => Undefined;
    "window_view_mouse_get_x", 1, 1 => Real(0.0);
    "window_view_mouse_get_y", 1, 1 => Real(0.0);
};

fn window_set_caption(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "window_set_caption")?;
    let text = vm.stringify(arg(args, 0))?;
    vm.headless.window_caption = text;
    Ok(Value::Undefined)
}

fn window_get_caption(vm: &mut Vm, _: &[Value]) -> Result<Value> {
    check(vm, "window_get_caption")?;
    Ok(Value::str(&vm.headless.window_caption))
}

fn display_set_gui_size(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    check(vm, "display_set_gui_size")?;
    let (w, h) = (real(args, 0)?, real(args, 1)?);
    // -1 for either resets the GUI layer to the window size.
    vm.headless.gui_size = if w < 0.0 || h < 0.0 {
        DISPLAY_SIZE
    } else {
        (w, h)
    };
    Ok(Value::Undefined)
}

fn display_get_gui_width(vm: &mut Vm, _: &[Value]) -> Result<Value> {
    check(vm, "display_get_gui_width")?;
    Ok(Value::Real(vm.headless.gui_size.0))
}

fn display_get_gui_height(vm: &mut Vm, _: &[Value]) -> Result<Value> {
    check(vm, "display_get_gui_height")?;
    Ok(Value::Real(vm.headless.gui_size.1))
}
