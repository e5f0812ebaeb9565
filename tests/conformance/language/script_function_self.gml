// a script function is unbound: self is the caller's self
function read_v() { return v; }
function set_w(val) { w = val; }
var a = {v: "from a"};
var b = {v: "from b"};
with (a) show_debug_message(read_v());
with (b) show_debug_message(read_v());
with (a) set_w(1);
show_debug_message(a.w);
a.reader = read_v;
show_debug_message(a.reader());
// a function literal made inside with is bound to the with target
var m;
with (b) m = function() { return v; };
show_debug_message(m());
show_debug_message(method_get_self(m) == b);
