var a = {v: "a"};
var b = {v: "b"};
var getv = function() { return v; };
var ma = method(a, getv);
var mb = method(b, getv);
show_debug_message(ma());
show_debug_message(mb());
show_debug_message(method_get_self(ma) == a);
show_debug_message(method_get_self(mb) == b);
function script_fn() { return v; }
var bound = method(a, script_fn);
show_debug_message(bound());
show_debug_message(method_get_self(123));
var unbound = method(undefined, getv);
show_debug_message(method_get_self(unbound));
with (b) show_debug_message(unbound());
show_debug_message(typeof(bound));
