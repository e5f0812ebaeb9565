//! Dialogs (manual: Debugging, and Asynchronous Functions > Dialog), answered headless: there is
//! no window and no user, so every dialog gets a fixed answer (README "Dialogs without a
//! screen"). `show_message` prints its text on stdout; questions are answered "No"; text and
//! number prompts are answered with their default, as if "Ok" were pressed on the untouched box.
//! The async forms fire their Dialog event (ev_async_dialog) in the next async phase.

use super::args::*;
use super::Builtin;
use crate::vm::error::Result;
use crate::vm::value::Value;
use crate::vm::Vm;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("show_message", 1, 1, show_message),
    Builtin::new("show_question", 1, 1, show_question),
    Builtin::new("get_string", 2, 2, get_string),
    Builtin::new("get_integer", 2, 2, get_integer),
    Builtin::new("show_message_async", 1, 1, show_message_async),
    Builtin::new("show_question_async", 1, 1, show_question_async),
    Builtin::new("get_string_async", 2, 2, get_string_async),
    Builtin::new("get_integer_async", 2, 2, get_integer_async),
    Builtin::new("get_login_async", 2, 2, get_login_async),
];

/// `ev_async_dialog`
const EV_ASYNC_DIALOG: u8 = 63;

fn show_message(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let text = vm.stringify(arg(args, 0))?;
    vm.print_line(&text);
    Ok(Value::Undefined)
}

/// Nobody can press "Yes": the answer is `false`.
fn show_question(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    vm.stringify(arg(args, 0))?;
    Ok(Value::Bool(false))
}

/// The default text, as if "Ok" were pressed without typing.
fn get_string(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    vm.stringify(arg(args, 0))?;
    Ok(Value::string(vm.stringify(arg(args, 1))?))
}

/// The default number, as if "Ok" were pressed without typing.
fn get_integer(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Real(real(args, 1)?))
}

/// Queues a Dialog event whose async_load holds `id`, `status` and `extra`; returns the id.
fn queue_dialog(vm: &mut Vm, status: bool, extra: Vec<(&str, Value)>) -> Value {
    let id = vm.async_io.next_id();
    let map = vm.ds.map_create();
    vm.ds.map_set(map, Value::str("id"), Value::Real(id as f64));
    vm.ds
        .map_set(map, Value::str("status"), Value::Bool(status));
    for (k, v) in extra {
        vm.ds.map_set(map, Value::str(k), v);
    }
    vm.async_queue.push_user(EV_ASYNC_DIALOG, map);
    Value::Real(id as f64)
}

/// Prints the message (as `show_message` does); the event reports "Okay" pressed.
fn show_message_async(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let text = vm.stringify(arg(args, 0))?;
    vm.print_line(&text);
    Ok(queue_dialog(vm, true, Vec::new()))
}

/// The event reports "No".
fn show_question_async(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    vm.stringify(arg(args, 0))?;
    Ok(queue_dialog(vm, false, Vec::new()))
}

/// The event reports "Ok" with the default text in `result`.
fn get_string_async(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let default = vm.stringify(arg(args, 1))?;
    Ok(queue_dialog(
        vm,
        true,
        vec![("result", Value::string(default))],
    ))
}

/// The event reports "Ok" with the default number, as text, in `value` (the manual's key) and in
/// `result` (the key `get_string_async` uses, which code written for both reads).
fn get_integer_async(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let default = vm.stringify(arg(args, 1))?;
    Ok(queue_dialog(
        vm,
        true,
        vec![
            ("value", Value::string(default.clone())),
            ("result", Value::string(default)),
        ],
    ))
}

/// The event reports "Ok" with the default user name and password.
fn get_login_async(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let user = vm.stringify(arg(args, 0))?;
    let password = vm.stringify(arg(args, 1))?;
    Ok(queue_dialog(
        vm,
        true,
        vec![
            ("username", Value::string(user)),
            ("password", Value::string(password)),
        ],
    ))
}
