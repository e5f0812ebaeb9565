//! Animation curves (manual: Asset Management > Animation Curves). A curve is a GML struct, as
//! in GameMaker: `{name, graphType, channels}`, each channel `{name, type, iterations, points}`
//! and each point `{posx, value}`, all readable and writable by code. Evaluating a channel reads
//! those members at the time of the call, so edits count at once.
//!
//! Evaluation follows GameMaker's runner: the channel becomes a polyline (linear: the points
//! themselves; smooth: a centripetal Catmull-Rom spline sampled `iterations` times between each
//! pair of points; bezier: a cubic through the points' tangent handles sampled `2 * iterations`
//! times), and the value at x (clamped to 0..1) is interpolated along it.

use crate::vm::intern::Sym;
use crate::vm::value::{StructObj, StructRef, Value};
use std::rc::{Rc, Weak};

pub const LINEAR: i64 = 0;
pub const CATMULL_ROM: i64 = 1;
pub const BEZIER: i64 = 2;

/// A point as stored in a `.yy`: position, value, and the bezier tangent handles (relative to
/// the point: `th0`/`tv0` before it, `th1`/`tv1` after).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Point {
    pub x: f64,
    pub value: f64,
    pub handles: [f64; 4],
}

/// The curves: those of the project by asset index, and those `animcurve_create` made (live
/// until `animcurve_destroy`). Bezier handles are not struct members in GameMaker, so they are
/// kept here beside the point structs they belong to.
#[derive(Default)]
pub struct CurveStore {
    pub assets: Vec<Option<StructRef>>,
    pub created: Vec<StructRef>,
    handles: Vec<(Weak<std::cell::RefCell<StructObj>>, [f64; 4])>,
}

fn set(s: &mut StructObj, name: &str, v: Value) {
    s.set(Sym::intern(name), v);
}

fn get(s: &StructObj, name: &str) -> Value {
    s.get(Sym::intern(name))
        .cloned()
        .unwrap_or(Value::Undefined)
}

fn num(s: &StructObj, name: &str) -> f64 {
    get(s, name).as_f64().unwrap_or(0.0)
}

impl CurveStore {
    pub fn for_each_value(&self, f: &mut impl FnMut(&Value)) {
        for s in self.assets.iter().flatten().chain(&self.created) {
            f(&Value::Struct(s.clone()));
        }
    }

    pub fn new_point(&mut self, p: Point) -> Value {
        let mut s = StructObj::new();
        set(&mut s, "posx", Value::Real(p.x));
        set(&mut s, "value", Value::Real(p.value));
        let s = StructObj::into_ref(s);
        if p.handles != [0.0; 4] {
            self.handles.retain(|(w, _)| w.strong_count() > 0);
            self.handles.push((Rc::downgrade(&s), p.handles));
        }
        Value::Struct(s)
    }

    pub fn new_channel(
        &mut self,
        name: &str,
        kind: i64,
        iterations: f64,
        points: &[Point],
    ) -> Value {
        let points: Vec<Value> = points.iter().map(|p| self.new_point(*p)).collect();
        let mut s = StructObj::new();
        set(&mut s, "name", Value::str(name));
        set(&mut s, "type", Value::Real(kind as f64));
        set(&mut s, "iterations", Value::Real(iterations));
        set(&mut s, "points", Value::new_array(points));
        Value::new_struct(s)
    }

    pub fn new_curve(name: &str, channels: Vec<Value>) -> StructRef {
        let mut s = StructObj::new();
        set(&mut s, "name", Value::str(name));
        set(&mut s, "graphType", Value::Real(0.0));
        set(&mut s, "channels", Value::new_array(channels));
        StructObj::into_ref(s)
    }

    /// Whether a struct is a live curve (a project's or a created one).
    pub fn is_live(&self, s: &StructRef) -> bool {
        self.assets
            .iter()
            .flatten()
            .chain(&self.created)
            .any(|c| Rc::ptr_eq(c, s))
    }

    fn handles_of(&self, s: &StructRef) -> [f64; 4] {
        self.handles
            .iter()
            .find(|(w, _)| w.as_ptr() == Rc::as_ptr(s))
            .map_or([0.0; 4], |(_, h)| *h)
    }

    /// A channel struct's points as they are now (members that are not points are skipped).
    fn points_of(&self, channel: &StructObj) -> Vec<Point> {
        let Value::Array(a) = get(channel, "points") else {
            return Vec::new();
        };
        let items = a.borrow().clone();
        items
            .iter()
            .filter_map(|p| match p {
                Value::Struct(s) => {
                    let b = s.borrow();
                    Some(Point {
                        x: num(&b, "posx"),
                        value: num(&b, "value"),
                        handles: self.handles_of(s),
                    })
                }
                _ => None,
            })
            .collect()
    }

    /// The channel's value at `x` (clamped to 0..1); None when it has no points.
    pub fn evaluate(&self, channel: &StructObj, x: f64) -> Option<f64> {
        let points = self.points_of(channel);
        let kind = num(channel, "type") as i64;
        let iterations = num(channel, "iterations").max(1.0) as usize;
        let line = match kind {
            CATMULL_ROM if points.len() >= 2 => catmull_rom(&points, iterations),
            BEZIER if points.len() >= 2 => bezier(&points, iterations),
            _ => points.iter().map(|p| (p.x, p.value)).collect(),
        };
        along(&line, x.clamp(0.0, 1.0))
    }
}

/// Linear interpolation along a polyline of (x, value), found by bisection as GameMaker does.
fn along(line: &[(f64, f64)], x: f64) -> Option<f64> {
    match line.len() {
        0 => return None,
        1 => return Some(line[0].1),
        _ => {}
    }
    let (mut start, mut end) = (0usize, line.len() - 1);
    let mut mid = end >> 1;
    while mid != start {
        if line[mid].0 > x {
            end = mid;
        } else {
            start = mid;
        }
        mid = (start + end) >> 1;
    }
    let (x1, v1) = line[mid];
    let (x2, v2) = line[mid + 1];
    if x1 == x2 {
        return Some(v1);
    }
    Some((v2 - v1) * ((x - x1) / (x2 - x1)) + v1)
}

fn knot(t: f64, (x1, y1): (f64, f64), (x2, y2): (f64, f64)) -> f64 {
    let mut d = (x2 - x1) * (x2 - x1) + (y2 - y1) * (y2 - y1);
    if d == 0.0 {
        d = 0.0001;
    }
    d.sqrt().powf(0.5) + t
}

/// Centripetal Catmull-Rom through the points (the end points doubled), values normalised to a
/// unit range while sampling, x kept increasing.
fn catmull_rom(points: &[Point], iterations: usize) -> Vec<(f64, f64)> {
    let lo = points.iter().fold(f64::MAX, |m, p| m.min(p.value));
    let hi = points.iter().fold(f64::MIN, |m, p| m.max(p.value));
    let scale = if hi - lo > 1.0 { hi - lo } else { 1.0 };
    let mut pts: Vec<(f64, f64)> = Vec::with_capacity(points.len() + 2);
    pts.push((points[0].x, (points[0].value - lo) / scale));
    pts.extend(points.iter().map(|p| (p.x, (p.value - lo) / scale)));
    pts.push(*pts.last().expect("two points or more"));
    let mut out = Vec::new();
    for i in 0..pts.len() - 3 {
        let (p0, p1, p2, p3) = (pts[i], pts[i + 1], pts[i + 2], pts[i + 3]);
        let t1 = knot(0.0, p0, p1);
        let t2 = knot(t1, p1, p2);
        let t3 = knot(t2, p2, p3);
        let step = (t2 - t1) / iterations as f64;
        let (mut min_x, max_x) = (p1.0, p2.0);
        let mut t = t1;
        // As the runner: sample from t1 while t <= t2 (float steps may stop one short of t2).
        while t <= t2 {
            let lerp = |a: (f64, f64), b: (f64, f64), ta: f64, tb: f64| {
                let (wa, wb) = ((tb - t) / (tb - ta), (t - ta) / (tb - ta));
                (wa * a.0 + wb * b.0, wa * a.1 + wb * b.1)
            };
            let a1 = lerp(p0, p1, 0.0, t1);
            let a2 = lerp(p1, p2, t1, t2);
            let a3 = lerp(p2, p3, t2, t3);
            let b1 = lerp(a1, a2, 0.0, t2);
            let b2 = lerp(a2, a3, t1, t3);
            let (cx, cy) = lerp(b1, b2, t1, t2);
            let cx = cx.max(min_x).min(max_x);
            min_x = cx;
            out.push((cx, cy * scale + lo));
            if step <= 0.0 {
                break;
            }
            t += step;
        }
    }
    let last = points[points.len() - 1];
    out.push((last.x, last.value));
    out
}

/// Cubic bezier segments between neighbouring points through their tangent handles.
fn bezier(points: &[Point], iterations: usize) -> Vec<(f64, f64)> {
    let n = iterations * 2;
    let mut out = Vec::with_capacity((points.len() - 1) * n + 1);
    for w in points.windows(2) {
        let (a, b) = (w[0], w[1]);
        let p0 = (a.x, a.value);
        let p1 = (a.x + a.handles[2], a.value + a.handles[3]);
        let p2 = (b.x + b.handles[0], b.value + b.handles[1]);
        let p3 = (b.x, b.value);
        for j in 0..n {
            let t = j as f64 / n as f64;
            let mt = 1.0 - t;
            let f = |q0: f64, q1: f64, q2: f64, q3: f64| {
                q0 * mt * mt * mt + 3.0 * q1 * mt * mt * t + 3.0 * q2 * mt * t * t + q3 * t * t * t
            };
            out.push((f(p0.0, p1.0, p2.0, p3.0), f(p0.1, p1.1, p2.1, p3.1)));
        }
    }
    let last = points[points.len() - 1];
    out.push((last.x, last.value));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pt(x: f64, value: f64) -> Point {
        Point {
            x,
            value,
            handles: [0.0; 4],
        }
    }

    #[test]
    fn linear_interpolates_between_points_and_clamps_x() {
        let line: Vec<(f64, f64)> = [pt(0.0, 0.0), pt(0.5, 10.0), pt(1.0, 0.0)]
            .iter()
            .map(|p| (p.x, p.value))
            .collect();
        assert_eq!(along(&line, 0.25), Some(5.0));
        assert_eq!(along(&line, 0.75), Some(5.0));
        assert_eq!(along(&line, 1.0), Some(0.0));
    }

    #[test]
    fn smooth_and_bezier_pass_through_their_points() {
        let pts = [pt(0.0, 0.0), pt(1.0, 1.0)];
        let c = catmull_rom(&pts, 8);
        assert_eq!(c.first(), Some(&(0.0, 0.0)));
        assert_eq!(c.last(), Some(&(1.0, 1.0)));
        // A straight two-point spline stays on the line.
        let mid = along(&c, 0.5).unwrap();
        assert!((mid - 0.5).abs() < 1e-9, "{mid}");
        let b = bezier(&pts, 8);
        assert_eq!(b.len(), 17);
        assert!((along(&b, 0.5).unwrap() - 0.5).abs() < 1e-9);
    }
}
