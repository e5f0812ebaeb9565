function Vec2(_x, _y) constructor {
    x = _x;
    y = _y;
    static add = function(o) { return new Vec2(x + o.x, y + o.y); };
    static toString = function() { return "(" + string(x) + ", " + string(y) + ")"; };
}
var a = new Vec2(1, 2);
var b = new Vec2(10, 20);
var c = a.add(b);
show_debug_message(c);
show_debug_message(string(c));
show_debug_message([c]);
show_debug_message(typeof(c));
var alias = c;
delete c;
show_debug_message(c);
show_debug_message(alias.x);
var ctor = Vec2;
var d = new ctor(5, 6);
show_debug_message(d.y);
var s = {v: 1};
delete s;
show_debug_message(is_undefined(s));
