function Point(_x, _y) constructor {
    x = _x;
    y = _y;
    static sum = function() { return x + y; };
}
var _p = new Point(2, 3);
var _q = variable_clone(_p);
_q.x = 10;
show_debug_message(instanceof(_q));
show_debug_message(_p.sum());
show_debug_message(_q.sum());
show_debug_message(is_instanceof(_q, Point));
