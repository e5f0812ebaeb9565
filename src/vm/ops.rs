//! Operator semantics on values: truthiness, arithmetic, comparison and `string()` conversion,
//! following GameMaker's type tables. The dispatch loop inlines the real/real fast paths and
//! falls back to these for everything else.

use super::bytecode::{ArithOp, CmpOp};
use super::error::{Error, Result};
use super::function::Callee;
use super::intern::Sym;
use super::value::{format_real, StructKind, Value};
use super::Vm;
use std::rc::Rc;

/// Truthiness: reals are true above 0.5; `"true"`/`"false"` and numeric strings convert;
/// other strings and arrays are errors; undefined is false.
pub fn truthy(v: &Value) -> Result<bool> {
    match v {
        Value::Real(r) => Ok(*r > 0.5),
        Value::Bool(b) => Ok(*b),
        Value::Int32(i) => Ok(*i > 0),
        Value::Int64(i) => Ok(*i > 0),
        Value::Undefined => Ok(false),
        Value::Unset => Err(Error::msg("variable not set before reading it.")),
        Value::Struct(_) | Value::Method(_) | Value::Ref(..) => Ok(true),
        Value::Ptr(p) => Ok(*p != 0),
        Value::Str(s) => match s.as_str() {
            "true" => Ok(true),
            "false" => Ok(false),
            t => match parse_number_prefix(t) {
                Some((n, _)) => Ok(n > 0.5),
                None => Err(Error::msg(format!(
                    "unable to convert string \"{t}\" to bool"
                ))),
            },
        },
        Value::Array(_) => Err(Error::msg("unable to convert array to bool")),
    }
}

/// Parses the leading number of a string as GameMaker's string/number comparison and `real()`
/// do: optional whitespace, sign, digits, fraction, exponent; or a `0x` hex number.
/// Returns the number and how many bytes it used.
pub fn parse_number_prefix(s: &str) -> Option<(f64, usize)> {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() && (b[i] as char).is_ascii_whitespace() {
        i += 1;
    }
    let start = i;
    let mut neg = false;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        neg = b[i] == b'-';
        i += 1;
    }
    if i + 1 < b.len() && b[i] == b'0' && (b[i + 1] == b'x' || b[i + 1] == b'X') {
        let hs = i + 2;
        let mut j = hs;
        while j < b.len() && (b[j] as char).is_ascii_hexdigit() {
            j += 1;
        }
        if j > hs {
            let v = u64::from_str_radix(&s[hs..j], 16).ok()? as f64;
            return Some((if neg { -v } else { v }, j));
        }
    }
    let ds = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    let mut digits = i - ds;
    if i < b.len() && b[i] == b'.' {
        let fs = i + 1;
        let mut j = fs;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        digits += j - fs;
        if digits > 0 {
            i = j;
        }
    }
    if digits == 0 {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        let es = j;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        if j > es {
            i = j;
        }
    }
    s[start..i].parse::<f64>().ok().map(|v| (v, i))
}

fn type_err(op: &str) -> Error {
    Error::msg(format!("{op} :: Execution Error"))
}

/// Numeric operands for arithmetic: int64/int32 stay integers when both sides are, anything
/// real makes the result real.
enum Num {
    R(f64),
    I(i64),
}

fn num(v: &Value) -> Option<Num> {
    match v {
        Value::Real(r) => Some(Num::R(*r)),
        Value::Bool(b) => Some(Num::R(*b as i32 as f64)),
        Value::Int32(i) => Some(Num::I(*i as i64)),
        Value::Int64(i) => Some(Num::I(*i)),
        Value::Ref(_, i) => Some(Num::R(*i as f64)),
        _ => None,
    }
}

/// A string operand of `-` or `/`: converted by its leading number (GameMaker accepts `"10" - 4`).
fn num_or_numeric_string(v: &Value) -> Option<Num> {
    match v {
        Value::Str(s) => parse_number_prefix(s).map(|(n, _)| Num::R(n)),
        _ => num(v),
    }
}

fn arith(
    a: &Value,
    b: &Value,
    op: &str,
    conv: fn(&Value) -> Option<Num>,
    fr: fn(f64, f64) -> Result<f64>,
    fi: fn(i64, i64) -> Result<i64>,
) -> Result<Value> {
    match (conv(a), conv(b)) {
        (Some(Num::I(x)), Some(Num::I(y))) => Ok(Value::Int64(fi(x, y)?)),
        (Some(x), Some(y)) => {
            let x = match x {
                Num::R(r) => r,
                Num::I(i) => i as f64,
            };
            let y = match y {
                Num::R(r) => r,
                Num::I(i) => i as f64,
            };
            Ok(Value::Real(fr(x, y)?))
        }
        _ => Err(type_err(op)),
    }
}

/// Strings longer than this are refused with a GML error instead of exhausting memory.
pub const MAX_STRING_BYTES: usize = 1 << 30;

pub fn string_too_long(len: usize) -> Error {
    Error::msg(format!(
        "string of {len} bytes is too long (limit {MAX_STRING_BYTES})"
    ))
}

pub fn add(vm: &mut Vm, a: &Value, b: &Value) -> Result<Value> {
    match (a, b) {
        (Value::Str(x), Value::Str(y)) if x.len() + y.len() > MAX_STRING_BYTES => {
            Err(string_too_long(x.len() + y.len()))
        }
        (Value::Str(x), Value::Str(y)) => {
            // A big copy is slow work: check the limit and for an interrupt first.
            if x.len() + y.len() >= super::memory::BIG_REQUEST {
                super::memory::reserve("string concatenation", (x.len() + y.len()) as u64)?;
                vm.check_interrupt()?;
            }
            let mut s = String::with_capacity(x.len() + y.len());
            s.push_str(x);
            s.push_str(y);
            Ok(Value::string(s))
        }
        // A number on the left of a string concatenates its text (GameMaker's type tables).
        (_, Value::Str(y)) if a.is_numeric() => {
            let mut s = vm.stringify(a)?;
            s.push_str(y);
            Ok(Value::string(s))
        }
        _ => arith(
            a,
            b,
            "DoAdd",
            num,
            |x, y| Ok(x + y),
            |x, y| Ok(x.wrapping_add(y)),
        ),
    }
}

/// `add` of operands the caller owns (popped off the operand stack): a string operand nobody
/// else holds is extended in place, so `"k" + string(i)` allocates no third string.
pub fn add_owned(vm: &mut Vm, a: Value, b: Value) -> Result<Value> {
    match (a, b) {
        (Value::Str(mut x), Value::Str(mut y))
            if x.len() + y.len() < super::memory::BIG_REQUEST =>
        {
            if let Some(text) = Rc::get_mut(&mut x) {
                text.push_str(&y);
                return Ok(Value::Str(x));
            }
            if let Some(text) = Rc::get_mut(&mut y) {
                text.insert_str(0, &x);
                return Ok(Value::Str(y));
            }
            add(vm, &Value::Str(x), &Value::Str(y))
        }
        (a, b) => add(vm, &a, &b),
    }
}

pub fn sub(a: &Value, b: &Value) -> Result<Value> {
    arith(
        a,
        b,
        "DoSub",
        num_or_numeric_string,
        |x, y| Ok(x - y),
        |x, y| Ok(x.wrapping_sub(y)),
    )
}

pub fn mul(a: &Value, b: &Value) -> Result<Value> {
    if let (Some(n), Value::Str(s)) = (num(a), b) {
        // `3 * "ab"` repeats the string.
        let n = match n {
            Num::R(r) => r.trunc(),
            Num::I(i) => i as f64,
        };
        let count = if n > 0.0 { n as usize } else { 0 };
        let len = s.len().saturating_mul(count);
        super::memory::reserve("string repetition", len as u64)?;
        if len > MAX_STRING_BYTES {
            return Err(string_too_long(len));
        }
        return Ok(Value::string(s.repeat(count)));
    }
    arith(
        a,
        b,
        "DoMul",
        num,
        |x, y| Ok(x * y),
        |x, y| Ok(x.wrapping_mul(y)),
    )
}

pub fn div(a: &Value, b: &Value) -> Result<Value> {
    arith(
        a,
        b,
        "DoDiv",
        num_or_numeric_string,
        |x, y| Ok(x / y),
        |x, y| {
            if y == 0 {
                Err(Error::msg("DoDiv :: Divide by zero"))
            } else {
                Ok(x.wrapping_div(y))
            }
        },
    )
}

/// `div`: both sides truncated to integers, then divided toward zero.
pub fn int_div(a: &Value, b: &Value) -> Result<Value> {
    arith(
        a,
        b,
        "DoDiv",
        num,
        |x, y| {
            let (x, y) = (x.trunc(), y.trunc());
            if y == 0.0 {
                Err(Error::msg("DoDiv :: Divide by zero"))
            } else {
                Ok((x / y).trunc())
            }
        },
        |x, y| {
            if y == 0 {
                Err(Error::msg("DoDiv :: Divide by zero"))
            } else {
                Ok(x.wrapping_div(y))
            }
        },
    )
}

/// `mod` / `%`: C's fmod, sign of the dividend.
/// `x mod y` on reals: C's `fmod` (the result has the sign of `x`). Whole numbers below 2^53
/// take the integer remainder, which is exact and several times faster than the software `fmod`.
#[inline(always)]
pub fn real_mod(x: f64, y: f64) -> f64 {
    // Whole numbers below 2^31: a 32-bit integer remainder (several times faster than a
    // 64-bit one, and than fmod). The range test fails for NaN, so the conversions are exact.
    const I32: f64 = 2_147_483_648.0;
    if x.abs() < I32 && y.abs() < I32 {
        // SAFETY: both are finite with magnitude below 2^31, in range of i32.
        let (xi, yi) = unsafe { (x.to_int_unchecked::<i32>(), y.to_int_unchecked::<i32>()) };
        if xi as f64 == x && yi as f64 == y && yi != 0 {
            let r = xi.wrapping_rem(yi);
            // fmod(-4, 2) is -0
            return if r == 0 { 0f64.copysign(x) } else { r as f64 };
        }
    }
    real_mod_wide(x, y)
}

/// `real_mod` beyond 32-bit whole numbers.
#[inline(never)]
fn real_mod_wide(x: f64, y: f64) -> f64 {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
    if x.abs() < EXACT && y.abs() < EXACT {
        let (xi, yi) = (x as i64, y as i64);
        if xi as f64 == x && yi as f64 == y && yi != 0 {
            let r = xi.wrapping_rem(yi);
            // fmod(-4, 2) is -0
            return if r == 0 { 0f64.copysign(x) } else { r as f64 };
        }
    }
    x % y
}

pub fn modulo(a: &Value, b: &Value) -> Result<Value> {
    arith(
        a,
        b,
        "DoMod",
        num,
        |x, y| {
            if y == 0.0 {
                Err(Error::msg("DoMod :: Divide by zero"))
            } else {
                Ok(real_mod(x, y))
            }
        },
        |x, y| {
            if y == 0 {
                Err(Error::msg("DoMod :: Divide by zero"))
            } else {
                Ok(x.wrapping_rem(y))
            }
        },
    )
}

/// Bitwise operands: truncated to 64-bit integers.
pub fn to_i64(v: &Value, op: &str) -> Result<i64> {
    match v {
        Value::Int64(i) => Ok(*i),
        Value::Int32(i) => Ok(*i as i64),
        Value::Real(r) => Ok(if r.is_nan() { 0 } else { *r as i64 }),
        Value::Bool(b) => Ok(*b as i64),
        Value::Ref(_, i) | Value::Ptr(i) => Ok(*i),
        _ => Err(type_err(op)),
    }
}

pub fn bitwise(op: super::bytecode::BitOp, a: &Value, b: &Value) -> Result<Value> {
    use super::bytecode::BitOp::*;
    let name = match op {
        And => "DoAnd",
        Or => "DoOr",
        Xor => "DoXor",
        Shl => "DoShl",
        Shr => "DoShr",
    };
    let x = to_i64(a, name)?;
    let y = to_i64(b, name)?;
    Ok(Value::Int64(match op {
        And => x & y,
        Or => x | y,
        Xor => x ^ y,
        Shl => {
            if (0..64).contains(&y) {
                x.wrapping_shl(y as u32)
            } else {
                0
            }
        }
        Shr => {
            if (0..64).contains(&y) {
                x >> y
            } else if x < 0 {
                -1
            } else {
                0
            }
        }
    }))
}

/// Unary minus. A handle (instance id, ds_* index, asset) counts as its number, as in the other
/// arithmetic operators (the HTML5 runner converts every operand with `yyGetReal`, which gives a
/// reference's index): `-id` is `-100001`. Other values are refused with the conversion error
/// that `real()` gives for them.
pub fn negate(v: &Value) -> Result<Value> {
    match v {
        Value::Real(r) => Ok(Value::Real(-r)),
        Value::Bool(b) => Ok(Value::Real(-(*b as i32 as f64))),
        Value::Int32(i) => Ok(Value::Int32(i.wrapping_neg())),
        Value::Int64(i) => Ok(Value::Int64(i.wrapping_neg())),
        Value::Ref(_, i) => Ok(Value::Real(-(*i as f64))),
        Value::Str(s) => Err(Error::msg(format!(
            "unable to convert string \"{s}\" to number"
        ))),
        other => Err(Error::msg(format!(
            "unable to convert {} to number",
            other.type_name()
        ))),
    }
}

pub fn bit_not(v: &Value) -> Result<Value> {
    Ok(Value::Int64(!to_i64(v, "DoBitNot")?))
}

/// Compares two numbers with GameMaker's epsilon: -1, 0 or 1. NaN compares as "greater".
#[inline]
pub fn cmp_real(x: f64, y: f64, eps: f64) -> i32 {
    let d = x - y;
    // Without branches: loop tests run this every iteration. Equal infinities (whose difference
    // is NaN) are the same; any other NaN difference compares greater. The epsilon is positive
    // (`math_set_epsilon`), so the two tests never both hold.
    let less = d < -eps;
    let greater = ((d > eps) | d.is_nan()) & (x != y);
    greater as i32 - less as i32
}

/// `cmp_real` for operands known not to be NaN (the dispatch loop's fast paths test for it):
/// two threshold tests on the difference. Equal infinities differ by NaN, which fails both:
/// the same, as they should be.
#[inline(always)]
pub fn cmp_ordered(x: f64, y: f64, eps: f64) -> i32 {
    let d = x - y;
    (d > eps) as i32 - (d < -eps) as i32
}

/// `==`: never an error. Numbers with epsilon, numeric strings against numbers by their leading
/// number, references by identity, undefined only equal to undefined.
pub fn equals(a: &Value, b: &Value, eps: f64) -> bool {
    match (a, b) {
        (Value::Real(x), Value::Real(y)) => {
            if x.is_nan() || y.is_nan() {
                false
            } else if x == y {
                true
            } else {
                cmp_real(*x, *y, eps) == 0
            }
        }
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::Undefined, Value::Undefined) => true,
        (Value::Undefined, _) | (_, Value::Undefined) => false,
        (Value::Int64(x), Value::Int64(y)) => x == y,
        (Value::Str(s), n) | (n, Value::Str(s)) => match (n.as_f64(), parse_number_prefix(s)) {
            (Some(x), Some((y, _))) => cmp_real(x, y, eps) == 0,
            _ => false,
        },
        (Value::Array(_), _)
        | (Value::Struct(_), _)
        | (Value::Method(_), _)
        | (_, Value::Array(_))
        | (_, Value::Struct(_))
        | (_, Value::Method(_)) => a.same_ref(b),
        _ => match (a.as_f64(), b.as_f64()) {
            (Some(x), Some(y)) => !x.is_nan() && !y.is_nan() && cmp_real(x, y, eps) == 0,
            _ => false,
        },
    }
}

/// Ordering for `< <= > >=`: `None` means "false for every operator" (undefined involved).
pub fn compare(a: &Value, b: &Value, eps: f64) -> Result<Option<i32>> {
    match (a, b) {
        (Value::Undefined, _) | (_, Value::Undefined) => Ok(None),
        (Value::Str(x), Value::Str(y)) => Ok(Some(match x.as_str().cmp(y.as_str()) {
            std::cmp::Ordering::Less => -1,
            std::cmp::Ordering::Equal => 0,
            std::cmp::Ordering::Greater => 1,
        })),
        (Value::Array(_), _) | (_, Value::Array(_)) => Err(Error::msg("illegal array use")),
        _ => {
            let x = cmp_operand(a)?;
            let y = cmp_operand(b)?;
            if x.is_nan() || y.is_nan() {
                return Ok(Some(1));
            }
            Ok(Some(cmp_real(x, y, eps)))
        }
    }
}

fn cmp_operand(v: &Value) -> Result<f64> {
    match v {
        Value::Str(s) => parse_number_prefix(s)
            .map(|(n, _)| n)
            .ok_or_else(|| Error::msg(format!("unable to compare \"{s}\" with a number"))),
        Value::Struct(_) | Value::Method(_) => Err(Error::msg("unable to compare a struct")),
        _ => v
            .as_f64()
            .ok_or_else(|| Error::msg("unable to compare values")),
    }
}

/// Appends GameMaker's `string()` text for `v`. `nested` quotes strings (inside arrays and structs).
pub fn write_value(vm: &mut Vm, v: &Value, out: &mut String, nested: bool) -> Result<()> {
    write_value_depth(vm, v, out, nested, 0)
}

const MAX_PRINT_DEPTH: usize = 32;

fn write_value_depth(
    vm: &mut Vm,
    v: &Value,
    out: &mut String,
    nested: bool,
    depth: usize,
) -> Result<()> {
    use std::fmt::Write;
    match v {
        Value::Real(r) => format_real(*r, out),
        Value::Str(s) => {
            if nested {
                out.push('"');
                out.push_str(s);
                out.push('"');
            } else {
                out.push_str(s)
            }
        }
        Value::Bool(b) => out.push_str(if *b { "1" } else { "0" }),
        Value::Int32(i) => super::value::format_int(*i as i64, out),
        Value::Int64(i) => super::value::format_int(*i, out),
        Value::Undefined => out.push_str("undefined"),
        Value::Unset => return Err(Error::msg("variable not set before reading it.")),
        Value::Ptr(p) => {
            if *p == 0 {
                out.push_str("null")
            } else {
                let _ = write!(out, "0x{:016x}", *p as u64);
            }
        }
        Value::Ref(kind, i) => {
            let _ = write!(out, "ref {} {}", kind.name(), i);
        }
        Value::Method(m) => {
            out.push_str("function ");
            out.push_str(m.name());
        }
        Value::Array(a) => {
            if depth >= MAX_PRINT_DEPTH {
                out.push_str("[...]");
                return Ok(());
            }
            container_visit(vm, out)?;
            let items = a.borrow().clone();
            out.push_str("[ ");
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_value_depth(vm, item, out, true, depth + 1)?;
            }
            out.push_str(" ]");
        }
        Value::Struct(s) => {
            if depth >= MAX_PRINT_DEPTH {
                out.push_str("{...}");
                return Ok(());
            }
            container_visit(vm, out)?;
            let to_string = s.borrow().get_with_statics(Sym::intern("toString"));
            if let Some(f @ Value::Method(_)) = to_string {
                let text = vm.call_method_on(&f, s.clone(), &[])?;
                let t = vm.stringify(&text)?;
                out.push_str(&t);
                return Ok(());
            }
            let fields: Vec<(Sym, Value)> = {
                let b = s.borrow();
                if let StructKind::Instance(d) = &b.kind {
                    if depth > 0 || !nested {
                        let _ = write!(out, "ref instance {}", d.id);
                        return Ok(());
                    }
                }
                b.entries()
            };
            out.push_str("{ ");
            for (i, (k, item)) in fields.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(k.as_str());
                out.push_str(" : ");
                write_value_depth(vm, item, out, true, depth + 1)?;
            }
            out.push_str(" }");
        }
    }
    Ok(())
}

/// Before printing each array or struct: a value that holds itself more than once prints as a
/// tree exponential in `MAX_PRINT_DEPTH`, so the text is bounded like any other string, and
/// Ctrl-C, `--timeout` and the memory limit are heard while it is built.
fn container_visit(vm: &mut Vm, out: &str) -> Result<()> {
    if out.len() > MAX_STRING_BYTES {
        return Err(string_too_long(out.len()));
    }
    vm.poll_interrupt()
}

/// Whether a value can be called (`is_callable`).
pub fn is_callable(v: &Value) -> bool {
    matches!(v, Value::Method(_))
}

/// The function a method value calls, if it is a script function.
pub fn script_of(v: &Value) -> Option<Rc<super::function::FunctionObj>> {
    match v {
        Value::Method(m) => match &m.callee {
            Callee::Script(f) => Some(f.clone()),
            Callee::Native(_) => None,
        },
        _ => None,
    }
}

/// `v cmp c` for a constant real `c`, with the same rules as the unfused operators.
#[inline]
pub(crate) fn cmp_const(v: &Value, k: CmpOp, c: f64, eps: f64) -> Result<bool> {
    if let Value::Real(x) = v {
        if !x.is_nan() {
            return Ok(k.test(cmp_real(*x, c, eps)));
        }
    }
    cmp_values(v, &Value::Real(c), k, eps)
}

pub(crate) fn cmp_values(a: &Value, b: &Value, k: CmpOp, eps: f64) -> Result<bool> {
    Ok(match k {
        CmpOp::Eq => equals(a, b, eps),
        CmpOp::Ne => !equals(a, b, eps),
        _ => match compare(a, b, eps)? {
            Some(c) => k.test(c),
            None => false,
        },
    })
}

/// `a op b` for the fused constant-operand instructions' slow path.
pub(crate) fn arith_op(vm: &mut Vm, k: ArithOp, a: &Value, b: &Value) -> Result<Value> {
    match k {
        ArithOp::Add => add(vm, a, b),
        ArithOp::Sub => sub(a, b),
        ArithOp::Mul => mul(a, b),
        ArithOp::Div => div(a, b),
        ArithOp::Mod => modulo(a, b),
    }
}

#[cfg(test)]
mod tests {
    use super::{cmp_ordered, cmp_real, real_mod};

    /// GameMaker's rule, written plainly: equal within epsilon (or equal, for infinities) is 0;
    /// NaN compares greater.
    fn cmp_reference(x: f64, y: f64, eps: f64) -> i32 {
        if x == y || (x - y).abs() <= eps {
            0
        } else if x.is_nan() || y.is_nan() || x > y {
            1
        } else {
            -1
        }
    }

    #[test]
    fn cmp_real_follows_the_epsilon_rule() {
        let xs = [
            0.0,
            -0.0,
            1.0,
            1.000001,
            0.999999,
            1.00002,
            -1.0,
            1e300,
            -1e300,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
            f64::MIN_POSITIVE,
        ];
        for eps in [0.00001, 1e-11, 0.5] {
            for &x in &xs {
                for &y in &xs {
                    assert_eq!(
                        cmp_real(x, y, eps),
                        cmp_reference(x, y, eps),
                        "{x} vs {y}, epsilon {eps}"
                    );
                    if !x.is_nan() && !y.is_nan() {
                        assert_eq!(cmp_ordered(x, y, eps), cmp_reference(x, y, eps));
                    }
                }
            }
        }
    }

    #[test]
    fn real_mod_matches_fmod_bit_for_bit() {
        let xs = [
            0.0,
            -0.0,
            1.0,
            -1.0,
            7.0,
            -7.0,
            6.0,
            -6.0,
            10.5,
            -10.5,
            1e15,
            -1e15,
            9.1e15,
            1e300,
            f64::INFINITY,
            f64::NAN,
            0.1,
            3.0e-9,
        ];
        let ys = [
            1.0,
            -1.0,
            2.0,
            -2.0,
            3.0,
            7.0,
            -7.0,
            0.5,
            1e15,
            1e300,
            f64::INFINITY,
            0.3,
        ];
        for &x in &xs {
            for &y in &ys {
                let (got, want) = (real_mod(x, y), x % y);
                assert!(
                    got.to_bits() == want.to_bits() || (got.is_nan() && want.is_nan()),
                    "{x} mod {y}: {got} != {want}"
                );
            }
        }
    }
}
