function greet(name = "world", punct = "!") {
    return "hello " + name + punct;
}
show_debug_message(greet());
show_debug_message(greet("gml"));
show_debug_message(greet("gml", "?"));
show_debug_message(greet(undefined, "."));
function twice(a, b = a * 2) {
    return b;
}
show_debug_message(twice(4));
show_debug_message(twice(4, 1));
function count_calls() { global.calls += 1; return global.calls; }
global.calls = 0;
function lazy(v = count_calls()) { return v; }
lazy(1);
lazy(2);
show_debug_message(global.calls);
show_debug_message(lazy());
show_debug_message(lazy());
function missing(a, b) { return b; }
show_debug_message(missing(1));
show_debug_message(missing(1, , 3) ?? "gap");
var m = function(x1 = 3) { return x1 * x1; };
show_debug_message(m());
