//! Builtins the language itself needs: output, `string()` and the other conversions, type checks,
//! methods and script calls.

use super::args::*;
use super::{Builtin, ConstValue, Constant, VARIADIC};
use crate::vm::error::{Error, Result};
use crate::vm::function::{Callee, Method, MethodKind};
use crate::vm::ops::{parse_number_prefix, truthy};
use crate::vm::value::{StructKind, Value, MAX_STATIC_CHAIN};
use crate::vm::Vm;
use std::rc::Rc;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("show_debug_message", 1, VARIADIC, show_debug_message),
    Builtin::new("show_debug_message_ext", 2, 2, show_debug_message_ext),
    Builtin::new("show_error", 1, 2, show_error),
    Builtin::new("string", 1, VARIADIC, string),
    Builtin::new("real", 1, 1, real_),
    Builtin::new("int64", 1, 1, int64),
    Builtin::new("bool", 1, 1, bool_),
    Builtin::new("ptr", 1, 1, ptr),
    Builtin::new("typeof", 1, 1, typeof_),
    Builtin::new("is_real", 1, 1, is_real),
    Builtin::new("is_string", 1, 1, is_string),
    Builtin::new("is_array", 1, 1, is_array),
    Builtin::new("is_struct", 1, 1, is_struct),
    Builtin::new("is_method", 1, 1, is_method),
    Builtin::new("is_callable", 1, 1, is_callable),
    Builtin::new("is_undefined", 1, 1, is_undefined),
    Builtin::new("is_bool", 1, 1, is_bool),
    Builtin::new("is_numeric", 1, 1, is_numeric),
    Builtin::new("is_int32", 1, 1, is_int32),
    Builtin::new("is_int64", 1, 1, is_int64),
    Builtin::new("is_ptr", 1, 1, is_ptr),
    Builtin::new("is_handle", 1, 1, is_handle),
    Builtin::new("instanceof", 1, 1, instanceof),
    Builtin::new("is_instanceof", 2, 2, is_instanceof),
    Builtin::new("method", 2, 2, method),
    Builtin::new("method_get_self", 1, 1, method_get_self),
    Builtin::new("method_get_index", 1, 1, method_get_index),
    Builtin::new("method_call", 1, 4, method_call),
    Builtin::new("script_execute", 1, VARIADIC, script_execute),
    Builtin::new("script_execute_ext", 1, 4, script_execute_ext),
    Builtin::new("script_exists", 1, 1, script_exists),
    Builtin::new("script_get_name", 1, 1, script_get_name),
    Builtin::new("static_get", 1, 1, static_get),
    Builtin::new("static_set", 2, 2, static_set),
];

pub const CONSTANTS: &[Constant] = &[
    ("pi", ConstValue::Real(std::f64::consts::PI)),
    ("infinity", ConstValue::Real(f64::INFINITY)),
    ("NaN", ConstValue::Real(f64::NAN)),
    ("pointer_null", ConstValue::Ptr(0)),
    ("pointer_invalid", ConstValue::Ptr(-1)),
];

/// `string(fmt, a, b...)` / `show_debug_message(fmt, ...)`: `{0}`, `{1}`... become `string()` of
/// the matching argument; placeholders without an argument stay as written.
pub fn format_placeholders(vm: &mut Vm, fmt: &str, args: &[Value]) -> Result<String> {
    let mut out = String::with_capacity(fmt.len());
    let mut rest = fmt;
    while let Some(open) = rest.find(['{', '}']) {
        out.push_str(&rest[..open]);
        // `{{` and `}}` are literal braces.
        if rest[open..].starts_with("{{") || rest[open..].starts_with("}}") {
            out.push_str(&rest[open..open + 1]);
            rest = &rest[open + 2..];
            continue;
        }
        if rest[open..].starts_with('}') {
            out.push('}');
            rest = &rest[open + 1..];
            continue;
        }
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let inner = &after[..close];
                match inner.trim().parse::<usize>() {
                    Ok(i) if i < args.len() && !inner.is_empty() => {
                        let text = vm.stringify(&args[i])?;
                        out.push_str(&text);
                    }
                    _ => {
                        out.push('{');
                        out.push_str(inner);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    Ok(out)
}

fn string_or_format(vm: &mut Vm, args: &[Value]) -> Result<String> {
    let first = vm.stringify(arg(args, 0))?;
    if args.len() > 1 {
        format_placeholders(vm, &first, &args[1..])
    } else {
        Ok(first)
    }
}

fn show_debug_message(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let text = string_or_format(vm, args)?;
    vm.print_line(&text);
    Ok(Value::Undefined)
}

fn show_debug_message_ext(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let fmt = vm.stringify(arg(args, 0))?;
    let values = array(args, 1)?.borrow().clone();
    let text = format_placeholders(vm, &fmt, &values)?;
    vm.print_line(&text);
    Ok(Value::Undefined)
}

fn show_error(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let text = vm.stringify(arg(args, 0))?;
    Err(Error::msg(text))
}

fn string(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    if let [Value::Real(r)] = args {
        // `string(i)` building keys and labels: straight to the digits, with room for the
        // text usually appended to it (`"k" + string(i)` then grows it in place).
        let mut s = String::with_capacity(24);
        crate::vm::value::format_real(*r, &mut s);
        return Ok(Value::string(s));
    }
    Ok(Value::string(string_or_format(vm, args)?))
}

/// `real(x)`: numbers as they are, numeric strings parsed (leading number, hex `0x`).
pub fn to_real(v: &Value) -> Result<f64> {
    match v {
        Value::Str(s) => match parse_number_prefix(s) {
            Some((n, _)) => Ok(n),
            None => Err(Error::msg(format!(
                "unable to convert string \"{s}\" to number"
            ))),
        },
        Value::Struct(_) | Value::Method(_) => Ok(f64::NAN),
        Value::Undefined | Value::Unset => Err(Error::msg("unable to convert undefined to number")),
        Value::Array(_) => Err(Error::msg("unable to convert array to number")),
        other => Ok(other.as_f64().unwrap_or(f64::NAN)),
    }
}

/// The index behind a function reference (a script function or a built-in used as a value):
/// GameMaker treats these as numbers (`is_real`, `real()`, `int64()`).
pub fn function_ref_index(vm: &Vm, v: &Value) -> Option<i64> {
    let Value::Method(m) = v else { return None };
    match (&m.kind, &m.callee) {
        (MethodKind::ScriptRef, Callee::Script(f)) => {
            let sym = crate::vm::intern::Sym::lookup(f.display_name())?;
            vm.script_names.get(&sym).map(|&i| i as i64)
        }
        (MethodKind::NativeRef, Callee::Native(b)) => {
            super::registry().by_name.get(b.name).map(|&i| i as i64)
        }
        _ => None,
    }
}

fn real_(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let v = arg(args, 0);
    if let Some(i) = function_ref_index(vm, v) {
        return Ok(Value::Real(i as f64));
    }
    // GameMaker's own tests expect real() of any pointer (null and invalid too) to throw; int64()
    // is the conversion the manual names for pointers.
    if let Value::Ptr(_) = v {
        return Err(Error::bad_arg(0, "Number or String", v));
    }
    Ok(Value::Real(to_real(v)?))
}

fn int64(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let v = arg(args, 0);
    let n = match v {
        Value::Int64(i) | Value::Ptr(i) | Value::Ref(_, i) => *i,
        Value::Int32(i) => *i as i64,
        Value::Method(_) => function_ref_index(vm, v).unwrap_or(0),
        Value::Struct(_) => 0,
        other => {
            let r = to_real(other)?;
            // `as` saturates: infinity -> i64::MAX, NaN -> 0, as GameMaker.
            r.trunc() as i64
        }
    };
    Ok(Value::Int64(n))
}

fn bool_(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Bool(truthy(arg(args, 0))?))
}

/// `ptr(value)`: numbers keep their integer value, strings are read as hexadecimal (`"1F"`,
/// `"0x1F"`), and arrays, structs and methods give their own address (distinct per object and
/// stable while it lives). `undefined` and text that is not hexadecimal are errors.
fn ptr(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let v = arg(args, 0);
    Ok(Value::Ptr(match v {
        Value::Ptr(p) | Value::Int64(p) | Value::Ref(_, p) => *p,
        Value::Int32(i) => *i as i64,
        Value::Real(r) => *r as i64,
        Value::Bool(b) => *b as i64,
        Value::Str(s) => {
            let t = s.trim();
            let digits = t
                .strip_prefix("0x")
                .or_else(|| t.strip_prefix("0X"))
                .or_else(|| t.strip_prefix('$'))
                .unwrap_or(t);
            // The leading hexadecimal digits, as C's strtoull reads them: "1.72" is 1, text
            // with no digits is the null pointer.
            digits
                .chars()
                .map_while(|c| c.to_digit(16))
                .fold(0u64, |acc, d| acc.wrapping_mul(16).wrapping_add(d as u64)) as i64
        }
        Value::Array(a) => Rc::as_ptr(a) as *const u8 as i64,
        Value::Struct(st) => Rc::as_ptr(st) as *const u8 as i64,
        Value::Method(m) => Rc::as_ptr(m) as *const u8 as i64,
        Value::Undefined | Value::Unset => {
            return Err(Error::msg("ptr: unable to convert undefined to a pointer"))
        }
    }))
}

fn typeof_(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::str(arg(args, 0).type_name()))
}

/// Reals, and function references (GameMaker stores a script function or built-in used as a
/// value as its index).
fn is_real(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Bool(match arg(args, 0) {
        Value::Real(_) => true,
        Value::Method(m) => m.kind != MethodKind::Bound,
        _ => false,
    }))
}
fn is_string(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Bool(matches!(arg(args, 0), Value::Str(_))))
}
fn is_array(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Bool(matches!(arg(args, 0), Value::Array(_))))
}
/// Structs and methods (methods are structs in GameMaker); instances are not.
fn is_struct(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Bool(match arg(args, 0) {
        Value::Struct(s) => !matches!(s.borrow().kind, StructKind::Instance(_)),
        Value::Method(m) => m.kind == MethodKind::Bound,
        _ => false,
    }))
}
fn is_method(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Bool(
        matches!(arg(args, 0), Value::Method(m) if m.kind == MethodKind::Bound),
    ))
}
fn is_callable(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Bool(matches!(arg(args, 0), Value::Method(_))))
}
fn is_undefined(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Bool(matches!(arg(args, 0), Value::Undefined)))
}
fn is_bool(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Bool(matches!(arg(args, 0), Value::Bool(_))))
}
/// Numbers, and the references GameMaker treats as numbers: instance ids and other handles,
/// function references.
fn is_numeric(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let v = arg(args, 0);
    Ok(Value::Bool(
        v.is_numeric()
            || matches!(v, Value::Ref(..))
            || matches!(v, Value::Method(m) if m.kind != MethodKind::Bound),
    ))
}
fn is_int32(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Bool(matches!(arg(args, 0), Value::Int32(_))))
}
fn is_int64(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Bool(matches!(arg(args, 0), Value::Int64(_))))
}
fn is_ptr(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Bool(matches!(arg(args, 0), Value::Ptr(_))))
}
/// Handles: asset and instance references, and script functions (an asset like any other,
/// `typeof` "ref"); not methods or built-in functions.
fn is_handle(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Bool(match arg(args, 0) {
        Value::Ref(..) => true,
        Value::Method(m) => m.kind == MethodKind::ScriptRef,
        _ => false,
    }))
}

fn instanceof(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let v = arg(args, 0);
    if crate::builtins::structs::weak::is_weak_ref(v) {
        return Ok(Value::str("weakref"));
    }
    Ok(match v {
        Value::Struct(s) => {
            let b = s.borrow();
            match (&b.kind, &b.constructor) {
                (StructKind::Instance(_), _) => Value::str("instance"),
                (_, Some(c)) => Value::str(c.display_name()),
                _ => Value::str("struct"),
            }
        }
        _ => Value::Undefined,
    })
}

fn is_instanceof(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let Value::Struct(s) = arg(args, 0) else {
        return Ok(Value::Bool(false));
    };
    let Some(target) = crate::vm::ops::script_of(arg(args, 1)) else {
        return Ok(Value::Bool(false));
    };
    let target_statics = target.statics.borrow().clone();
    let Some(target_statics) = target_statics else {
        return Ok(Value::Bool(false));
    };
    // Walk the struct's static chain: a constructor's static struct is shared by its instances.
    let mut next = s.borrow().statics.clone();
    for _ in 0..MAX_STATIC_CHAIN {
        let Some(st) = next else { break };
        if Rc::ptr_eq(&st, &target_statics) {
            return Ok(Value::Bool(true));
        }
        next = st.borrow().statics.clone();
    }
    Ok(Value::Bool(false))
}

fn method(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let target = arg(args, 0);
    let bound = match target {
        Value::Undefined => None,
        v => match vm_scope(vm, v) {
            Some(s) => Some(s),
            None => return Err(Error::bad_arg(0, "struct or instance", v)),
        },
    };
    let callee = match arg(args, 1) {
        Value::Method(m) => m.callee.clone(),
        v => return Err(Error::bad_arg(1, "function", v)),
    };
    Ok(Value::Method(Rc::new(Method {
        callee,
        bound,
        kind: MethodKind::Bound,
    })))
}

fn vm_scope(vm: &Vm, v: &Value) -> Option<crate::vm::value::StructRef> {
    match v {
        Value::Struct(s) => Some(s.clone()),
        Value::Ref(crate::vm::value::RefKind::Instance, id) => vm.world.get_existing(*id),
        Value::Real(r) if *r >= 100000.0 => vm.world.get_existing(*r as i64),
        _ => None,
    }
}

fn method_get_self(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(match arg(args, 0) {
        Value::Method(m) => match &m.bound {
            Some(s) => Value::Struct(s.clone()),
            None => Value::Undefined,
        },
        _ => Value::Undefined,
    })
}

fn method_get_index(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(match arg(args, 0) {
        Value::Method(m) => Value::Method(Rc::new(Method {
            callee: m.callee.clone(),
            bound: None,
            kind: match m.callee {
                Callee::Script(_) => MethodKind::ScriptRef,
                Callee::Native(_) => MethodKind::NativeRef,
            },
        })),
        _ => Value::Undefined,
    })
}

/// Arguments taken from an array with an offset and count (negative offset counts from the end).
fn array_slice(args: &[Value], arr_index: usize) -> Result<Vec<Value>> {
    let items = array(args, arr_index)?.borrow().clone();
    let len = items.len() as i64;
    let mut offset = int_or(args, arr_index + 1, 0)?;
    if offset < 0 {
        offset = (len + offset).max(0);
    }
    let count = int_or(args, arr_index + 2, len - offset)?;
    let start = offset.min(len) as usize;
    let end = (offset + count.max(0)).min(len) as usize;
    Ok(items[start..end.max(start)].to_vec())
}

fn method_call(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let call_args = if args.len() > 1 {
        array_slice(args, 1)?
    } else {
        Vec::new()
    };
    vm.call_value(arg(args, 0), &call_args)
}

fn script_execute(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    vm.call_value(arg(args, 0), &args[1..])
}

fn script_execute_ext(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let call_args = if args.len() > 1 {
        array_slice(args, 1)?
    } else {
        Vec::new()
    };
    vm.call_value(arg(args, 0), &call_args)
}

fn script_exists(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(Value::Bool(match arg(args, 0) {
        Value::Method(m) => matches!(m.callee, Callee::Script(_)),
        v => v
            .as_f64()
            .map(|i| i >= 0.0 && (i as usize) < vm.scripts.len())
            .unwrap_or(false),
    }))
}

fn script_get_name(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(match arg(args, 0) {
        Value::Method(m) => Value::str(m.name()),
        _ => Value::str("<undefined>"),
    })
}

thread_local! {
    /// The root of every static chain: the static struct of struct literals and of constructors
    /// without a parent (`static_get` of it is undefined).
    static ROOT_STATICS: crate::vm::value::StructRef =
        Rc::new(std::cell::RefCell::new(crate::vm::value::StructObj::new()));
}

fn static_get(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    Ok(match arg(args, 0) {
        Value::Struct(s) => match s.borrow().statics.clone() {
            Some(st) => Value::Struct(st),
            None => ROOT_STATICS.with(|root| {
                if Rc::ptr_eq(root, s) {
                    Value::Undefined
                } else {
                    Value::Struct(root.clone())
                }
            }),
        },
        v @ Value::Method(_) => match crate::vm::ops::script_of(v) {
            Some(f) => Value::Struct(vm.ensure_statics(&f)),
            None => Value::Undefined,
        },
        _ => Value::Undefined,
    })
}

/// `static_set(struct, static_struct)`: refuses a link that would close a loop in the static
/// chain (a struct reaching itself through its statics), which no lookup could finish walking.
fn static_set(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let s = structure(args, 0)?;
    let st = structure(args, 1)?;
    let mut depth = 0;
    let mut next = Some(st.clone());
    while let Some(link) = next {
        if Rc::ptr_eq(&link, s) {
            return Err(Error::msg(
                "static_set :: the static struct would have the struct in its own static chain (a cycle)",
            ));
        }
        depth += 1;
        if depth >= MAX_STATIC_CHAIN {
            return Err(Error::msg(format!(
                "static_set :: the static chain would be longer than {MAX_STATIC_CHAIN} structs"
            )));
        }
        next = link.borrow().statics.clone();
    }
    s.borrow_mut().statics = Some(st.clone());
    Ok(Value::Undefined)
}
