//! Matrix functions (manual: Maths And Numbers > Matrix Functions), as maths: a matrix is an
//! array of 16 reals, stored column by column (elements 12, 13, 14 hold the translation), and
//! vectors are rows multiplied on the left, as in GameMaker. `matrix_get`/`matrix_set` keep the
//! world, view and projection matrices (nothing is drawn with them headless), and the matrix
//! stack starts as the identity. Every function taking an optional `result` array writes the
//! answer into it (resizing it to 16) and returns it.

use super::args::*;
use super::{Builtin, ConstValue, Constant};
use crate::vm::error::{Error, Result};
use crate::vm::value::Value;
use crate::vm::Vm;

pub const FUNCTIONS: &[Builtin] = &[
    Builtin::new("matrix_build_identity", 0, 1, matrix_build_identity),
    Builtin::new("matrix_build", 9, 10, matrix_build),
    Builtin::new("matrix_build_lookat", 9, 10, matrix_build_lookat),
    Builtin::new("matrix_build_projection_ortho", 4, 5, projection_ortho),
    Builtin::new(
        "matrix_build_projection_perspective",
        4,
        5,
        projection_perspective,
    ),
    Builtin::new(
        "matrix_build_projection_perspective_fov",
        4,
        5,
        projection_fov,
    ),
    Builtin::new("matrix_multiply", 2, 3, matrix_multiply),
    Builtin::new("matrix_inverse", 1, 2, matrix_inverse),
    Builtin::new("matrix_transform_vertex", 4, 6, matrix_transform_vertex),
    Builtin::new("matrix_get", 1, 2, matrix_get),
    Builtin::new("matrix_set", 2, 2, matrix_set),
    Builtin::new("matrix_stack_push", 0, 1, matrix_stack_push),
    Builtin::new("matrix_stack_pop", 0, 0, matrix_stack_pop),
    Builtin::new("matrix_stack_set", 1, 1, matrix_stack_set),
    Builtin::new("matrix_stack_clear", 0, 0, matrix_stack_clear),
    Builtin::new("matrix_stack_top", 0, 0, matrix_stack_top),
    Builtin::new("matrix_stack_is_empty", 0, 0, matrix_stack_is_empty),
];

pub const CONSTANTS: &[Constant] = &[
    ("matrix_view", ConstValue::Real(0.0)),
    ("matrix_projection", ConstValue::Real(1.0)),
    ("matrix_world", ConstValue::Real(2.0)),
];

pub type Mat = [f64; 16];

pub const IDENTITY: Mat = [
    1.0, 0.0, 0.0, 0.0, //
    0.0, 1.0, 0.0, 0.0, //
    0.0, 0.0, 1.0, 0.0, //
    0.0, 0.0, 0.0, 1.0,
];

/// How deep the matrix stack goes (pushes past it are ignored, as in GameMaker).
const STACK_LIMIT: usize = 50;

/// The current view, projection and world matrices and the matrix stack.
pub struct MatrixState {
    current: [Mat; 3],
    /// The stack; its first entry is the base (the identity unless `matrix_stack_set` changed
    /// it), which is never popped.
    stack: Vec<Mat>,
}

impl Default for MatrixState {
    fn default() -> Self {
        MatrixState {
            current: [IDENTITY; 3],
            stack: vec![IDENTITY],
        }
    }
}

impl MatrixState {
    fn top(&self) -> Mat {
        self.stack.last().copied().unwrap_or(IDENTITY)
    }
    fn clear(&mut self) {
        self.stack = vec![IDENTITY];
    }
}

/// `a` then `b`: the product that applies `a` first (`matrix_multiply(a, b)`).
pub fn multiply(a: &Mat, b: &Mat) -> Mat {
    let mut out = [0.0; 16];
    for row in 0..4 {
        for col in 0..4 {
            out[row * 4 + col] = (0..4).map(|k| a[row * 4 + k] * b[k * 4 + col]).sum();
        }
    }
    out
}

/// The inverse by Gauss-Jordan elimination with partial pivoting; `None` when singular.
pub fn inverse(m: &Mat) -> Option<Mat> {
    let mut a = *m;
    let mut inv = IDENTITY;
    for col in 0..4 {
        let pivot = (col..4).max_by(|&x, &y| {
            a[x * 4 + col]
                .abs()
                .partial_cmp(&a[y * 4 + col].abs())
                .unwrap_or(std::cmp::Ordering::Equal)
        })?;
        let p = a[pivot * 4 + col];
        if p == 0.0 || !p.is_finite() {
            return None;
        }
        for k in 0..4 {
            a.swap(col * 4 + k, pivot * 4 + k);
            inv.swap(col * 4 + k, pivot * 4 + k);
        }
        for k in 0..4 {
            a[col * 4 + k] /= p;
            inv[col * 4 + k] /= p;
        }
        for row in 0..4 {
            if row == col {
                continue;
            }
            let f = a[row * 4 + col];
            if f != 0.0 {
                for k in 0..4 {
                    a[row * 4 + k] -= f * a[col * 4 + k];
                    inv[row * 4 + k] -= f * inv[col * 4 + k];
                }
            }
        }
    }
    Some(inv)
}

/// A matrix argument: an array of at least 16 numbers.
fn matrix_arg(args: &[Value], i: usize) -> Result<Mat> {
    let v = arg(args, i);
    let Value::Array(a) = v else {
        return Err(Error::bad_arg(i, "Matrix (array of 16 numbers)", v));
    };
    let items = a.borrow();
    if items.len() < 16 {
        return Err(Error::msg(format!(
            "argument {i} is not a matrix: it has {} elements, a matrix has 16",
            items.len()
        )));
    }
    let mut m = [0.0; 16];
    for (k, slot) in m.iter_mut().enumerate() {
        *slot = items[k]
            .as_f64()
            .ok_or_else(|| Error::bad_arg(i, "Matrix (array of 16 numbers)", &items[k]))?;
    }
    Ok(m)
}

/// Returns `values` as a new array, or written into the array argument at `result` if given.
fn output(args: &[Value], result: usize, values: &[f64]) -> Result<Value> {
    match arg(args, result) {
        Value::Undefined => Ok(Value::new_array(
            values.iter().map(|&x| Value::Real(x)).collect(),
        )),
        Value::Array(a) => {
            let mut items = a.borrow_mut();
            items.clear();
            items.extend(values.iter().map(|&x| Value::Real(x)));
            drop(items);
            Ok(Value::Array(a.clone()))
        }
        v => Err(Error::bad_arg(result, "Array", v)),
    }
}

fn matrix_build_identity(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    output(args, 0, &IDENTITY)
}

/// Translation, rotation (degrees, applied in the order Y, X, Z) and scale; scale is applied
/// after rotation.
fn matrix_build(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let mut v = [0.0; 9];
    for (i, slot) in v.iter_mut().enumerate() {
        *slot = real(args, i)?;
    }
    let [x, y, z, xr, yr, zr, xs, ys, zs] = v;
    let (sx, cx) = (-xr).to_radians().sin_cos();
    let (sy, cy) = (-yr).to_radians().sin_cos();
    let (sz, cz) = (-zr).to_radians().sin_cos();
    let m: Mat = [
        (cz * cy - sz * sx * sy) * xs,
        (sz * cy + cz * sx * sy) * ys,
        (-cx * sy) * zs,
        0.0,
        (-sz * cx) * xs,
        (cz * cx) * ys,
        sx * zs,
        0.0,
        (cz * sy + sz * sx * cy) * xs,
        (sz * sy - cz * sx * cy) * ys,
        (cx * cy) * zs,
        0.0,
        x,
        y,
        z,
        1.0,
    ];
    output(args, 9, &m)
}

fn normalise(v: [f64; 3]) -> [f64; 3] {
    let len = (v[0] * v[0] + v[1] * v[1] + v[2] * v[2]).sqrt();
    if len == 0.0 {
        v
    } else {
        [v[0] / len, v[1] / len, v[2] / len]
    }
}

fn cross(a: [f64; 3], b: [f64; 3]) -> [f64; 3] {
    [
        a[1] * b[2] - a[2] * b[1],
        a[2] * b[0] - a[0] * b[2],
        a[0] * b[1] - a[1] * b[0],
    ]
}

fn dot(a: [f64; 3], b: [f64; 3]) -> f64 {
    a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
}

/// A left-handed look-at view matrix.
fn matrix_build_lookat(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let mut v = [0.0; 9];
    for (i, slot) in v.iter_mut().enumerate() {
        *slot = real(args, i)?;
    }
    let from = [v[0], v[1], v[2]];
    let look = normalise([v[3] - v[0], v[4] - v[1], v[5] - v[2]]);
    let up = normalise([v[6], v[7], v[8]]);
    let right = normalise(cross(up, look));
    let up = normalise(cross(look, right));
    let m: Mat = [
        right[0],
        up[0],
        look[0],
        0.0,
        right[1],
        up[1],
        look[1],
        0.0,
        right[2],
        up[2],
        look[2],
        0.0,
        -dot(from, right),
        -dot(from, up),
        -dot(from, look),
        1.0,
    ];
    output(args, 9, &m)
}

fn four(args: &[Value]) -> Result<[f64; 4]> {
    Ok([
        real(args, 0)?,
        real(args, 1)?,
        real(args, 2)?,
        real(args, 3)?,
    ])
}

/// Left-handed projections; a degenerate size or depth range gives the identity.
fn projection(w: f64, h: f64, zn: f64, zf: f64, kind: u8) -> Mat {
    if w == 0.0 || h == 0.0 || zn == zf {
        return IDENTITY;
    }
    let mut m = [0.0; 16];
    match kind {
        // orthographic: w and h are the view size
        0 => {
            m[0] = 2.0 / w;
            m[5] = 2.0 / h;
            m[10] = 1.0 / (zf - zn);
            m[14] = zn / (zn - zf);
            m[15] = 1.0;
        }
        // perspective: w and h are the size at the near plane
        1 => {
            m[0] = 2.0 * zn / w;
            m[5] = 2.0 * zn / h;
            m[10] = zf / (zf - zn);
            m[11] = 1.0;
            m[14] = -zn * zf / (zf - zn);
        }
        // field of view: w is the vertical angle in degrees, h the aspect ratio
        _ => {
            let y_scale = 1.0 / (w.to_radians() * 0.5).tan();
            m[0] = y_scale / h;
            m[5] = y_scale;
            m[10] = zf / (zf - zn);
            m[11] = 1.0;
            m[14] = -zn * zf / (zf - zn);
        }
    }
    m
}

fn projection_ortho(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let [w, h, zn, zf] = four(args)?;
    output(args, 4, &projection(w, h, zn, zf, 0))
}

fn projection_perspective(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let [w, h, zn, zf] = four(args)?;
    output(args, 4, &projection(w, h, zn, zf, 1))
}

fn projection_fov(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let [fov, aspect, zn, zf] = four(args)?;
    if fov == 0.0 || aspect == 0.0 {
        return output(args, 4, &IDENTITY);
    }
    output(args, 4, &projection(fov, aspect, zn, zf, 2))
}

/// The product that first applies `matrix1`, then `matrix2`.
fn matrix_multiply(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let a = matrix_arg(args, 0)?;
    let b = matrix_arg(args, 1)?;
    output(args, 2, &multiply(&a, &b))
}

/// The inverse, or `undefined` for a matrix that has none (a result array is left as it is).
fn matrix_inverse(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let m = matrix_arg(args, 0)?;
    match inverse(&m) {
        Some(inv) => output(args, 1, &inv),
        None => Ok(match arg(args, 1) {
            v @ Value::Array(_) => v.clone(),
            _ => Value::Undefined,
        }),
    }
}

/// `[x, y, z]` transformed by the matrix (w = 1), or `[x, y, z, w]` when w or a result array
/// is given.
fn matrix_transform_vertex(_vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let m = matrix_arg(args, 0)?;
    let (x, y, z) = (real(args, 1)?, real(args, 2)?, real(args, 3)?);
    let has_result = matches!(arg(args, 5), Value::Array(_));
    let w = real_or(args, 4, 1.0)?;
    let out: Vec<f64> = (0..4)
        .map(|c| m[c] * x + m[4 + c] * y + m[8 + c] * z + m[12 + c] * w)
        .collect();
    let four = args.len() >= 5 && !matches!(arg(args, 4), Value::Undefined) || has_result;
    output(args, 5, if four { &out[..] } else { &out[..3] })
}

fn matrix_type(args: &[Value]) -> Result<usize> {
    let t = int(args, 0)?;
    if !(0..=2).contains(&t) {
        return Err(Error::msg(format!(
            "invalid matrix type {t} (matrix_view, matrix_projection or matrix_world)"
        )));
    }
    Ok(t as usize)
}

fn matrix_get(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let t = matrix_type(args)?;
    let m = vm.matrices.current[t];
    output(args, 1, &m)
}

fn matrix_set(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let t = matrix_type(args)?;
    vm.matrices.current[t] = matrix_arg(args, 1)?;
    Ok(Value::Undefined)
}

/// Pushes `matrix` applied before the current top (or a copy of the top, with no argument).
fn matrix_stack_push(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let top = vm.matrices.top();
    let next = match arg(args, 0) {
        Value::Undefined => top,
        _ => multiply(&matrix_arg(args, 0)?, &top),
    };
    if vm.matrices.stack.len() <= STACK_LIMIT {
        vm.matrices.stack.push(next);
    }
    Ok(Value::Undefined)
}

/// Removes the top; popping an empty stack resets it.
fn matrix_stack_pop(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    if vm.matrices.stack.len() > 1 {
        vm.matrices.stack.pop();
    } else {
        vm.matrices.clear();
    }
    Ok(Value::Undefined)
}

/// Replaces the top of the stack (the base, when nothing was pushed).
fn matrix_stack_set(vm: &mut Vm, args: &[Value]) -> Result<Value> {
    let m = matrix_arg(args, 0)?;
    if let Some(top) = vm.matrices.stack.last_mut() {
        *top = m;
    }
    Ok(Value::Undefined)
}

fn matrix_stack_clear(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    vm.matrices.clear();
    Ok(Value::Undefined)
}

fn matrix_stack_top(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    let top = vm.matrices.top();
    output(&[], 0, &top)
}

fn matrix_stack_is_empty(vm: &mut Vm, _args: &[Value]) -> Result<Value> {
    Ok(Value::Bool(vm.matrices.stack.len() <= 1))
}
