function Shape(_name) constructor {
    name = _name;
    sides = 0;
    show_debug_message("Shape body for " + name);
    static describe = function() { return name + " with " + string(sides) + " sides"; };
    static kind = function() { return "shape"; };
}
function Polygon(_name, _sides) : Shape(_name) constructor {
    show_debug_message("Polygon body");
    sides = _sides;
}
function Square(_n) : Polygon("square" + _n, 4) constructor {
    show_debug_message("Square body");
    static kind = function() { return "square"; };
}
var p = new Polygon("tri", 3);
show_debug_message(p.describe());
var q = new Square("!");
show_debug_message(q.describe());
show_debug_message(q.kind());
show_debug_message(p.kind());
show_debug_message(instanceof(q));
show_debug_message(is_instanceof(q, Shape));
show_debug_message(is_instanceof(q, Polygon));
show_debug_message(is_instanceof(p, Square));
// constructor default argument in the child overrides
function Base(v = 1) constructor { val = v; }
function Child(v = 2) : Base(v) constructor { }
var ch = new Child();
show_debug_message(ch.val);
var ba = new Base();
show_debug_message(ba.val);
// a constructor may return early; the struct is still returned
function Early(flag) constructor { a = 1; if (flag) return; b = 2; }
var e = new Early(true);
show_debug_message(variable_struct_exists(e, "b"));
show_debug_message(e.a);
