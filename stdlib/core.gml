// The parts of GameMaker's standard library that are clearest written in GML itself.
// Compiled into every program before user code (see src/runtime/program.rs).

// ---- Manual: Movement And Collisions / Collisions (the pure-geometry checks) ----

/// Whether (px, py) lies inside the rectangle (x1, y1)-(x2, y2), edges included.
function point_in_rectangle(px, py, x1, y1, x2, y2) {
    return px >= min(x1, x2) && px <= max(x1, x2) && py >= min(y1, y2) && py <= max(y1, y2);
}

/// Whether (px, py) lies inside the circle at (cx, cy) with radius rad, edge included.
function point_in_circle(px, py, cx, cy, rad) {
    var dx = px - cx;
    var dy = py - cy;
    return dx * dx + dy * dy <= rad * rad;
}

/// Whether (px, py) lies inside the triangle, whichever way its corners wind.
function point_in_triangle(px, py, x1, y1, x2, y2, x3, y3) {
    var a = (x1 - px) * (y2 - py) - (x2 - px) * (y1 - py);
    var b = (x2 - px) * (y3 - py) - (x3 - px) * (y2 - py);
    var c = (x3 - px) * (y1 - py) - (x1 - px) * (y3 - py);
    var has_neg = a < 0 || b < 0 || c < 0;
    var has_pos = a > 0 || b > 0 || c > 0;
    return !(has_neg && has_pos);
}

/// 0 when the source rectangle misses the destination, 1 when it lies completely inside it,
/// 2 when they overlap partly.
function rectangle_in_rectangle(sx1, sy1, sx2, sy2, dx1, dy1, dx2, dy2) {
    var sl = min(sx1, sx2), sr = max(sx1, sx2), st = min(sy1, sy2), sb = max(sy1, sy2);
    var dl = min(dx1, dx2), dr = max(dx1, dx2), dt = min(dy1, dy2), db = max(dy1, dy2);
    if (sr < dl || sl > dr || sb < dt || st > db) return 0;
    if (sl >= dl && sr <= dr && st >= dt && sb <= db) return 1;
    return 2;
}

/// Like rectangle_in_rectangle, against a circle.
function rectangle_in_circle(sx1, sy1, sx2, sy2, cx, cy, rad) {
    var l = min(sx1, sx2), r = max(sx1, sx2), t = min(sy1, sy2), b = max(sy1, sy2);
    // the nearest point of the rectangle to the centre decides whether they touch
    var nx = clamp(cx, l, r);
    var ny = clamp(cy, t, b);
    if (!point_in_circle(nx, ny, cx, cy, rad)) return 0;
    var corners_in = point_in_circle(l, t, cx, cy, rad) + point_in_circle(r, t, cx, cy, rad)
        + point_in_circle(l, b, cx, cy, rad) + point_in_circle(r, b, cx, cy, rad);
    return corners_in == 4 ? 1 : 2;
}
