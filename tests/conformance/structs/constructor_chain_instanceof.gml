// A constructor with a parent runs the parent's body first; while it runs, the new struct is an
// instance of the parent (instanceof, statics), then of each child in turn.
function Shape() constructor {
    show_debug_message("Shape body: " + instanceof(self) + ", " + describe());
    static describe = function() { return "a shape"; }
}
function Circle(_r) : Shape() constructor {
    r = _r;
    show_debug_message("Circle body: " + instanceof(self) + ", " + describe());
    static describe = function() { return "a circle of radius " + string(r); }
}
function Unit() : Circle(1) constructor {
    show_debug_message("Unit body: " + instanceof(self) + ", " + describe());
}
var u = new Unit();
show_debug_message(instanceof(u));
show_debug_message(u.describe());
show_debug_message(is_instanceof(u, Shape));
show_debug_message(static_get(u) == static_get(Unit));
var c = new Circle(3);
show_debug_message(instanceof(c));
