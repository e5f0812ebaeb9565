function Box(_v) constructor {
    v = _v;
    static get = function() { return v; };
    make_getter = function() {
        // a literal made inside a method is bound to that method's self
        return function() { return v * 10; };
    };
}
var a = new Box(1);
var b = new Box(2);
show_debug_message(a.get());
show_debug_message(b.get());
var g = a.make_getter();
show_debug_message(g());
// static methods run with self = the struct they are called on
var get = b.get;
show_debug_message(b.get == a.get);
with (a) show_debug_message(get());
