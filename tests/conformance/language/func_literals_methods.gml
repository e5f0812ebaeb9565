var add = function(a, b) { return a + b; };
show_debug_message(add(2, 3));
show_debug_message(typeof(add));
show_debug_message(is_method(add));
function Counter() constructor {
    count = 0;
    inc = function() { count++; return count; };
}
var c = new Counter();
c.inc();
c.inc();
show_debug_message(c.count);
// a method keeps its bound self even when stored elsewhere
var f = c.inc;
f();
show_debug_message(c.count);
var s = {v: 10, getv: function() { return v; }};
show_debug_message(s.getv());
var t = {v: 20};
t.getv = s.getv;
show_debug_message(t.getv());
// an immediately called literal
show_debug_message((function(n) { return n * 2; })(21));
// a named function stored in a variable
function triple(n) { return n * 3; }
var tr = triple;
show_debug_message(tr(3));
// function literals declared in a struct literal are bound to that struct
var obj = {name: "o", hello: function() { return "I am " + name; }};
show_debug_message(obj.hello());
