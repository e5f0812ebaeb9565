// `new` takes a constructor expression (a field, a global, an index, a parenthesised function)
// and the first argument list ends it, so `new F().m()` calls m on the new struct
function Vec2(_x, _y) constructor {
    x = _x;
    y = _y;
    static len2 = function() { return x * x + y * y; }
}
var lib = { Vec: Vec2, inner: { Vec: Vec2 } };
var a = new lib.Vec(3, 4);
show_debug_message(a.len2());
show_debug_message(new lib.inner.Vec(1, 1).len2());
global.Maker = Vec2;
var b = new global.Maker(1, 2);
show_debug_message(b.y);
var c = new (function(_n) constructor { n = _n; })(7);
show_debug_message(c.n);
show_debug_message(new Vec2(6, 8).len2());
show_debug_message(new Vec2(5, 9).y);
var makers = [Vec2];
show_debug_message(new makers[0](2, 0).x);
show_debug_message(instanceof(new lib.Vec(0, 0)));
new Vec2(1, 1).len2();
var d = new lib.Vec;
show_debug_message(is_undefined(d.x));
