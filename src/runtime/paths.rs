//! Path resources (manual: Asset Management > Paths): a list of points, each with a position
//! and a speed (a percentage of the speed of whatever follows the path), straight or a smooth
//! curve, open or closed.
//!
//! As in GameMaker's runners, a path keeps an internal polyline computed from its points: a
//! straight path's points themselves (the first again at the end when closed), a smooth path's
//! quadratic curves through the midpoints of its edges, subdivided `precision` times (pieces
//! shorter than 4 pixels are not divided further). Positions along the path (0 to 1) are by
//! distance along that polyline, with the speed interpolated the same way.
//!
//! Names and existence are the asset registry's (`runtime/assets.rs`); this keeps the data by
//! the same index.

pub const STRAIGHT: i64 = 0;
pub const SMOOTH: i64 = 1;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PathPoint {
    pub x: f64,
    pub y: f64,
    pub speed: f64,
}

/// A point of the internal polyline with its distance from the start.
#[derive(Clone, Copy, Debug)]
struct Node {
    x: f64,
    y: f64,
    speed: f64,
    l: f64,
}

#[derive(Clone, Debug)]
pub struct Path {
    points: Vec<PathPoint>,
    kind: i64,
    closed: bool,
    precision: i64,
    nodes: Vec<Node>,
    length: f64,
}

/// A new path (`path_add`) is straight, closed, of precision 4, and has no points.
pub static EMPTY: Path = Path {
    points: Vec::new(),
    kind: STRAIGHT,
    closed: true,
    precision: 4,
    nodes: Vec::new(),
    length: 0.0,
};

impl Default for Path {
    fn default() -> Path {
        EMPTY.clone()
    }
}

impl Path {
    /// A path from its stored settings (a project's `.yy`).
    pub fn new(points: Vec<PathPoint>, kind: i64, closed: bool, precision: i64) -> Path {
        let mut p = Path {
            points,
            closed,
            ..Path::default()
        };
        p.kind = if kind == SMOOTH { SMOOTH } else { STRAIGHT };
        p.precision = precision.clamp(0, 8);
        p.compute();
        p
    }

    pub fn points(&self) -> &[PathPoint] {
        &self.points
    }
    pub fn kind(&self) -> i64 {
        self.kind
    }
    pub fn closed(&self) -> bool {
        self.closed
    }
    pub fn precision(&self) -> i64 {
        self.precision
    }
    pub fn length(&self) -> f64 {
        self.length
    }

    /// Any kind other than smooth (1) is straight.
    pub fn set_kind(&mut self, kind: i64) {
        self.kind = if kind == SMOOTH { SMOOTH } else { STRAIGHT };
        self.compute();
    }
    pub fn set_closed(&mut self, closed: bool) {
        self.closed = closed;
        self.compute();
    }
    /// Clamped to 0..8.
    pub fn set_precision(&mut self, precision: i64) {
        self.precision = precision.clamp(0, 8);
        self.compute();
    }

    pub fn add_point(&mut self, x: f64, y: f64, speed: f64) {
        self.points.push(PathPoint { x, y, speed });
        self.compute();
    }
    /// Inserts before point `n` (`n` may be the count: at the end); out of range does nothing.
    pub fn insert_point(&mut self, n: i64, x: f64, y: f64, speed: f64) {
        if n < 0 || n as usize > self.points.len() {
            return;
        }
        self.points.insert(n as usize, PathPoint { x, y, speed });
        self.compute();
    }
    pub fn change_point(&mut self, n: i64, x: f64, y: f64, speed: f64) {
        if let Some(p) = self.point_mut(n) {
            *p = PathPoint { x, y, speed };
            self.compute();
        }
    }
    pub fn delete_point(&mut self, n: i64) {
        if n >= 0 && (n as usize) < self.points.len() {
            self.points.remove(n as usize);
            self.compute();
        }
    }
    pub fn clear_points(&mut self) {
        self.points.clear();
        self.compute();
    }
    pub fn point(&self, n: i64) -> Option<PathPoint> {
        usize::try_from(n)
            .ok()
            .and_then(|n| self.points.get(n))
            .copied()
    }
    fn point_mut(&mut self, n: i64) -> Option<&mut PathPoint> {
        usize::try_from(n).ok().and_then(|n| self.points.get_mut(n))
    }

    /// Makes it an open straight path through `points`, each of speed 100 (what the motion
    /// planning functions make).
    pub fn set_route(&mut self, points: &[(f64, f64)]) {
        self.points = points
            .iter()
            .map(|&(x, y)| PathPoint { x, y, speed: 100.0 })
            .collect();
        self.kind = STRAIGHT;
        self.closed = false;
        self.compute();
    }

    /// Copies another path's points and settings.
    pub fn assign(&mut self, other: &Path) {
        *self = other.clone();
    }
    /// Adds another path's points at the end.
    pub fn append(&mut self, other: &Path) {
        if other.points.is_empty() {
            return;
        }
        self.points.extend_from_slice(&other.points);
        self.compute();
    }

    pub fn reverse(&mut self) {
        if self.points.len() <= 1 {
            return;
        }
        self.points.reverse();
        self.compute();
    }
    pub fn shift(&mut self, dx: f64, dy: f64) {
        for p in &mut self.points {
            p.x += dx;
            p.y += dy;
        }
        self.compute();
    }
    /// Mirrors horizontally about the centre of the points' box.
    pub fn mirror(&mut self) {
        self.about_centre(|x, y| (-x, y));
    }
    /// Flips vertically about the centre of the points' box.
    pub fn flip(&mut self) {
        self.about_centre(|x, y| (x, -y));
    }
    /// Scales about the centre of the points' box.
    pub fn rescale(&mut self, xs: f64, ys: f64) {
        self.about_centre(|x, y| (x * xs, y * ys));
    }
    /// Rotates by `angle` degrees (counter-clockwise on screen) about the centre of the box.
    pub fn rotate(&mut self, angle: f64) {
        let th = angle * std::f64::consts::PI / 180.0;
        let (s, c) = th.sin_cos();
        self.about_centre(|x, y| (x * c + y * s, y * c - x * s));
    }

    /// Moves the points so the centre of their box is at the origin, transforms them, and moves
    /// them back (the steps in this order, as GameMaker takes them, for the same rounding).
    fn about_centre(&mut self, f: impl Fn(f64, f64) -> (f64, f64)) {
        let (cx, cy) = self.centre();
        for p in &mut self.points {
            p.x += -cx;
            p.y += -cy;
            (p.x, p.y) = f(p.x, p.y);
            p.x += cx;
            p.y += cy;
        }
        self.compute();
    }

    fn centre(&self) -> (f64, f64) {
        let (mut l, mut r, mut t, mut b) = (1e8f64, -1e8f64, 1e8f64, -1e8f64);
        for p in &self.points {
            l = l.min(p.x);
            r = r.max(p.x);
            t = t.min(p.y);
            b = b.max(p.y);
        }
        ((l + r) / 2.0, (t + b) / 2.0)
    }

    /// The position and speed at `pos` (0 = start, 1 = end) by distance along the path; (0, 0,
    /// 0) for a path without points.
    pub fn position(&self, pos: f64) -> (f64, f64, f64) {
        let n = self.nodes.len();
        let Some(first) = self.nodes.first() else {
            return (0.0, 0.0, 0.0);
        };
        if n == 1 || self.length == 0.0 || pos <= 0.0 {
            return (first.x, first.y, first.speed);
        }
        if pos >= 1.0 {
            let last = self.nodes[n - 1];
            return (last.x, last.y, last.speed);
        }
        let l = self.length * pos;
        let mut i = 0;
        while i < n - 2 && l >= self.nodes[i + 1].l {
            i += 1;
        }
        let (a, b) = (self.nodes[i], self.nodes[i + 1]);
        let w = b.l - a.l;
        if w == 0.0 {
            return (a.x, a.y, a.speed);
        }
        let d = l - a.l;
        (
            a.x + d * (b.x - a.x) / w,
            a.y + d * (b.y - a.y) / w,
            a.speed + d * (b.speed - a.speed) / w,
        )
    }

    /// Recomputes the internal polyline and the length after any change.
    fn compute(&mut self) {
        self.nodes.clear();
        if !self.points.is_empty() {
            if self.kind == SMOOTH {
                self.compute_smooth();
            } else {
                self.compute_straight();
            }
        }
        self.length = 0.0;
        let mut prev: Option<Node> = None;
        for node in &mut self.nodes {
            if let Some(p) = prev {
                self.length += ((node.x - p.x).powi(2) + (node.y - p.y).powi(2)).sqrt();
            }
            node.l = self.length;
            prev = Some(*node);
        }
    }

    fn push(&mut self, x: f64, y: f64, speed: f64) {
        self.nodes.push(Node {
            x,
            y,
            speed,
            l: 0.0,
        });
    }

    fn compute_straight(&mut self) {
        for i in 0..self.points.len() {
            let p = self.points[i];
            self.push(p.x, p.y, p.speed);
        }
        if self.closed {
            let p = self.points[0];
            self.push(p.x, p.y, p.speed);
        }
    }

    fn compute_smooth(&mut self) {
        let count = self.points.len();
        if !self.closed {
            let p = self.points[0];
            self.push(p.x, p.y, p.speed);
        }
        // Each curve runs from the middle of one edge, bent towards the point between, to the
        // middle of the next edge; an open path's end pieces are straight.
        let pieces = if self.closed {
            count as i64
        } else {
            count as i64 - 2
        };
        for i in 0..pieces.max(0) as usize {
            let a = self.points[i % count];
            let b = self.points[(i + 1) % count];
            let c = self.points[(i + 2) % count];
            let mid = |p: PathPoint, q: PathPoint| PathPoint {
                x: (p.x + q.x) / 2.0,
                y: (p.y + q.y) / 2.0,
                speed: (p.speed + q.speed) / 2.0,
            };
            self.subdivide(self.precision, mid(a, b), b, mid(b, c));
        }
        if !self.closed {
            let p = self.points[count - 1];
            self.push(p.x, p.y, p.speed);
        } else if let Some(&first) = self.nodes.first() {
            self.push(first.x, first.y, first.speed);
        }
    }

    /// Adds the points of the quadratic curve p1-p2-p3 (without its ends), halving it `depth`
    /// times while its halves are longer than 4 pixels.
    fn subdivide(&mut self, depth: i64, p1: PathPoint, p2: PathPoint, p3: PathPoint) {
        if depth == 0 {
            return;
        }
        let m = PathPoint {
            x: (p1.x + p2.x + p2.x + p3.x) / 4.0,
            y: (p1.y + p2.y + p2.y + p3.y) / 4.0,
            speed: (p1.speed + p2.speed + p2.speed + p3.speed) / 4.0,
        };
        let half = |p: PathPoint, q: PathPoint| PathPoint {
            x: (p.x + q.x) / 2.0,
            y: (p.y + q.y) / 2.0,
            speed: (p.speed + q.speed) / 2.0,
        };
        if (p2.x - p1.x).powi(2) + (p2.y - p1.y).powi(2) > 16.0 {
            self.subdivide(depth - 1, p1, half(p2, p1), m);
        }
        self.push(m.x, m.y, m.speed);
        if (p2.x - p3.x).powi(2) + (p2.y - p3.y).powi(2) > 16.0 {
            self.subdivide(depth - 1, m, half(p3, p2), p3);
        }
    }
}

/// Every path's data by asset index (None for an index that is not a path, or was deleted).
#[derive(Default)]
pub struct PathStore {
    paths: Vec<Option<Path>>,
}

impl PathStore {
    pub fn set(&mut self, index: i64, path: Path) {
        let Ok(i) = usize::try_from(index) else {
            return;
        };
        if self.paths.len() <= i {
            self.paths.resize(i + 1, None);
        }
        self.paths[i] = Some(path);
    }
    pub fn get(&self, index: i64) -> Option<&Path> {
        usize::try_from(index)
            .ok()
            .and_then(|i| self.paths.get(i))
            .and_then(|p| p.as_ref())
    }
    /// The path at `index`, made empty first if the registry knows it but no data was loaded.
    pub fn get_or_default(&mut self, index: i64) -> Option<&mut Path> {
        let i = usize::try_from(index).ok()?;
        if self.paths.len() <= i {
            self.paths.resize(i + 1, None);
        }
        Some(self.paths[i].get_or_insert_with(Path::default))
    }
    pub fn remove(&mut self, index: i64) {
        if let Some(p) = usize::try_from(index)
            .ok()
            .and_then(|i| self.paths.get_mut(i))
        {
            *p = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pt(x: f64, y: f64) -> PathPoint {
        PathPoint { x, y, speed: 100.0 }
    }

    #[test]
    fn straight_closed_path_returns_to_its_start() {
        let p = Path::new(
            vec![pt(0.0, 0.0), pt(30.0, 0.0), pt(30.0, 40.0)],
            0,
            true,
            4,
        );
        assert_eq!(p.length(), 120.0);
        assert_eq!(p.position(0.5), (30.0, 30.0, 100.0));
        assert_eq!(p.position(1.0), (0.0, 0.0, 100.0));
    }

    #[test]
    fn smooth_open_path_keeps_its_ends() {
        let p = Path::new(
            vec![pt(0.0, 0.0), pt(100.0, 0.0), pt(100.0, 100.0)],
            1,
            false,
            4,
        );
        assert_eq!(p.position(0.0), (0.0, 0.0, 100.0));
        assert_eq!(p.position(1.0), (100.0, 100.0, 100.0));
        // The corner is cut: the curve passes (87.5, 12.5), never (100, 0).
        assert!(p.length() < 200.0);
        assert!(p.nodes.iter().any(|n| n.x == 87.5 && n.y == 12.5));
    }
}
