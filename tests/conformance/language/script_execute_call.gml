function add(a, b) { return a + b; }
function shout(s) { return string_upper(s) + "!"; }
show_debug_message(script_execute(add, 2, 3));
show_debug_message(script_execute(shout, "hi"));
var f = add;
show_debug_message(script_execute(f, 10, 20));
show_debug_message(script_execute_ext(add, [4, 5]));
var m = function(x1) { return x1 * 2; };
show_debug_message(method_call(m, [21]));
show_debug_message(method_call(add, [1, 1]));
var s = {v: 3, get_v: function(k) { return v * k; }};
show_debug_message(method_call(s.get_v, [2]));
show_debug_message(script_exists(add));
