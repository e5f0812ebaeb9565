//! Manual: Game Input (keyboard, mouse, gamepad, touch). Nothing is ever pressed: checks are
//! false, axes 0, no gamepad is connected, the mouse stays at 0, 0.

use super::nothing;
use crate::builtins::{Builtin, ConstValue, Constant};
use crate::vm::error::{Error, Result};
use crate::vm::value::Value;
use crate::vm::Vm;

/// The input built-in variables with their values when nothing was typed or pressed. Code may
/// write them, as in GameMaker (a name-entry box clears `keyboard_string` once it has read it).
const VARS: &[&str] = &[
    "keyboard_string",
    "keyboard_lastchar",
    "keyboard_key",
    "keyboard_lastkey",
    "mouse_button",
    "mouse_lastbutton",
];

pub fn is_input_var(name: &str) -> bool {
    VARS.contains(&name)
}

fn default_of(name: &str) -> Value {
    match name {
        "keyboard_string" | "keyboard_lastchar" => Value::str(""),
        _ => Value::Real(0.0),
    }
}

/// The value of an input built-in variable (`None` for other names).
pub fn input_var(vm: &Vm, name: &str) -> Option<Value> {
    let name = VARS.iter().find(|n| **n == name)?;
    Some(
        vm.headless
            .input_vars
            .get(name)
            .cloned()
            .unwrap_or_else(|| default_of(name)),
    )
}

/// Writes an input built-in variable: the string ones take strings, the others numbers.
pub fn set_input_var(vm: &mut Vm, name: &str, v: Value) -> Result<()> {
    let Some(name) = VARS.iter().find(|n| **n == name) else {
        return Err(Error::msg(format!("{name} is not an input variable")));
    };
    let ok = match default_of(name) {
        Value::Str(_) => matches!(v, Value::Str(_)),
        _ => v.as_f64().is_some(),
    };
    if !ok {
        return Err(Error::msg(format!(
            "{name}: cannot be set to a {}",
            v.type_name()
        )));
    }
    vm.headless.input_vars.insert(name, v);
    Ok(())
}

pub const FUNCTIONS: &[Builtin] = nothing! {
    "keyboard_check", 1, 1 => Bool(false);
    "keyboard_check_pressed", 1, 1 => Bool(false);
    "keyboard_check_released", 1, 1 => Bool(false);
    "keyboard_check_direct", 1, 1 => Bool(false);
    "keyboard_clear", 1, 1 => Undefined;
    "keyboard_key_press", 1, 1 => Undefined;
    "keyboard_key_release", 1, 1 => Undefined;
    "keyboard_set_map", 2, 2 => Undefined;
    "keyboard_unset_map", 0, 0 => Undefined;
    "keyboard_virtual_show", 4, 4 => Undefined;
    "keyboard_virtual_hide", 0, 0 => Undefined;
    "keyboard_virtual_status", 0, 0 => Bool(false);
    "io_clear", 0, 0 => Undefined;
    "mouse_check_button", 1, 1 => Bool(false);
    "mouse_check_button_pressed", 1, 1 => Bool(false);
    "mouse_check_button_released", 1, 1 => Bool(false);
    "mouse_wheel_up", 0, 0 => Bool(false);
    "mouse_wheel_down", 0, 0 => Bool(false);
    "mouse_clear", 1, 1 => Undefined;
    "device_mouse_check_button", 2, 2 => Bool(false);
    "device_mouse_check_button_pressed", 2, 2 => Bool(false);
    "device_mouse_check_button_released", 2, 2 => Bool(false);
    "device_mouse_x", 1, 1 => Real(0.0);
    "device_mouse_y", 1, 1 => Real(0.0);
    "device_mouse_x_to_gui", 1, 1 => Real(0.0);
    "device_mouse_y_to_gui", 1, 1 => Real(0.0);
    "device_mouse_dbclick_enable", 1, 1 => Undefined;
    "gamepad_is_supported", 0, 0 => Bool(false);
    "gamepad_is_connected", 1, 1 => Bool(false);
    "gamepad_get_device_count", 0, 0 => Real(0.0);
    "gamepad_get_description", 1, 1 => Str(std::rc::Rc::new(String::new()));
    "gamepad_get_guid", 1, 1 => Str(std::rc::Rc::new(String::new()));
    "gamepad_button_check", 2, 2 => Bool(false);
    "gamepad_button_check_pressed", 2, 2 => Bool(false);
    "gamepad_button_check_released", 2, 2 => Bool(false);
    "gamepad_button_value", 2, 2 => Real(0.0);
    "gamepad_button_count", 1, 1 => Real(0.0);
    "gamepad_axis_value", 2, 2 => Real(0.0);
    "gamepad_axis_count", 1, 1 => Real(0.0);
    "gamepad_set_axis_deadzone", 2, 2 => Undefined;
    "gamepad_get_axis_deadzone", 1, 1 => Real(0.0);
    "gamepad_set_button_threshold", 2, 2 => Undefined;
    "gamepad_set_vibration", 3, 3 => Undefined;
    "gamepad_set_colour", 2, 2 => Undefined;
    "gamepad_set_color", 2, 2 => Undefined;
    "gamepad_hat_value", 2, 2 => Real(0.0);
    "gamepad_hat_count", 1, 1 => Real(0.0);
};

pub const CONSTANTS: &[Constant] = &[
    ("mouse_x", ConstValue::Real(0.0)),
    ("mouse_y", ConstValue::Real(0.0)),
    ("vk_nokey", ConstValue::Real(0.0)),
    ("vk_anykey", ConstValue::Real(1.0)),
    ("vk_backspace", ConstValue::Real(8.0)),
    ("vk_tab", ConstValue::Real(9.0)),
    ("vk_enter", ConstValue::Real(13.0)),
    ("vk_return", ConstValue::Real(13.0)),
    ("vk_shift", ConstValue::Real(16.0)),
    ("vk_control", ConstValue::Real(17.0)),
    ("vk_alt", ConstValue::Real(18.0)),
    ("vk_pause", ConstValue::Real(19.0)),
    ("vk_escape", ConstValue::Real(27.0)),
    ("vk_space", ConstValue::Real(32.0)),
    ("vk_pageup", ConstValue::Real(33.0)),
    ("vk_pagedown", ConstValue::Real(34.0)),
    ("vk_end", ConstValue::Real(35.0)),
    ("vk_home", ConstValue::Real(36.0)),
    ("vk_left", ConstValue::Real(37.0)),
    ("vk_up", ConstValue::Real(38.0)),
    ("vk_right", ConstValue::Real(39.0)),
    ("vk_down", ConstValue::Real(40.0)),
    ("vk_printscreen", ConstValue::Real(44.0)),
    ("vk_insert", ConstValue::Real(45.0)),
    ("vk_delete", ConstValue::Real(46.0)),
    ("vk_multiply", ConstValue::Real(106.0)),
    ("vk_add", ConstValue::Real(107.0)),
    ("vk_subtract", ConstValue::Real(109.0)),
    ("vk_decimal", ConstValue::Real(110.0)),
    ("vk_divide", ConstValue::Real(111.0)),
    ("vk_lshift", ConstValue::Real(160.0)),
    ("vk_rshift", ConstValue::Real(161.0)),
    ("vk_lcontrol", ConstValue::Real(162.0)),
    ("vk_rcontrol", ConstValue::Real(163.0)),
    ("vk_lalt", ConstValue::Real(164.0)),
    ("vk_ralt", ConstValue::Real(165.0)),
    ("vk_numpad0", ConstValue::Real(96.0)),
    ("vk_numpad1", ConstValue::Real(97.0)),
    ("vk_numpad2", ConstValue::Real(98.0)),
    ("vk_numpad3", ConstValue::Real(99.0)),
    ("vk_numpad4", ConstValue::Real(100.0)),
    ("vk_numpad5", ConstValue::Real(101.0)),
    ("vk_numpad6", ConstValue::Real(102.0)),
    ("vk_numpad7", ConstValue::Real(103.0)),
    ("vk_numpad8", ConstValue::Real(104.0)),
    ("vk_numpad9", ConstValue::Real(105.0)),
    ("vk_f1", ConstValue::Real(112.0)),
    ("vk_f2", ConstValue::Real(113.0)),
    ("vk_f3", ConstValue::Real(114.0)),
    ("vk_f4", ConstValue::Real(115.0)),
    ("vk_f5", ConstValue::Real(116.0)),
    ("vk_f6", ConstValue::Real(117.0)),
    ("vk_f7", ConstValue::Real(118.0)),
    ("vk_f8", ConstValue::Real(119.0)),
    ("vk_f9", ConstValue::Real(120.0)),
    ("vk_f10", ConstValue::Real(121.0)),
    ("vk_f11", ConstValue::Real(122.0)),
    ("vk_f12", ConstValue::Real(123.0)),
    ("mb_any", ConstValue::Real(-1.0)),
    ("mb_none", ConstValue::Real(0.0)),
    ("mb_left", ConstValue::Real(1.0)),
    ("mb_right", ConstValue::Real(2.0)),
    ("mb_middle", ConstValue::Real(3.0)),
    ("mb_side1", ConstValue::Real(4.0)),
    ("mb_side2", ConstValue::Real(5.0)),
    ("gp_face1", ConstValue::Real(32769.0)),
    ("gp_face2", ConstValue::Real(32770.0)),
    ("gp_face3", ConstValue::Real(32771.0)),
    ("gp_face4", ConstValue::Real(32772.0)),
    ("gp_shoulderl", ConstValue::Real(32773.0)),
    ("gp_shoulderr", ConstValue::Real(32774.0)),
    ("gp_shoulderlb", ConstValue::Real(32775.0)),
    ("gp_shoulderrb", ConstValue::Real(32776.0)),
    ("gp_select", ConstValue::Real(32777.0)),
    ("gp_start", ConstValue::Real(32778.0)),
    ("gp_stickl", ConstValue::Real(32779.0)),
    ("gp_stickr", ConstValue::Real(32780.0)),
    ("gp_padu", ConstValue::Real(32781.0)),
    ("gp_padd", ConstValue::Real(32782.0)),
    ("gp_padl", ConstValue::Real(32783.0)),
    ("gp_padr", ConstValue::Real(32784.0)),
    ("gp_axislh", ConstValue::Real(32785.0)),
    ("gp_axislv", ConstValue::Real(32786.0)),
    ("gp_axisrh", ConstValue::Real(32787.0)),
    ("gp_axisrv", ConstValue::Real(32788.0)),
];
