// break/continue inside with act on the with; exit/return inside with leave the function
s = {v: 1};
function f() {
    with (s) { exit; }
    show_debug_message("never");
}
f();
show_debug_message("after f");
var count = 0;
for (var i = 0; i < 3; i++) {
    with (s) { break; }
    count++;
}
show_debug_message(count);
var a = {n: "a"};
var b = {n: "b"};
var m = method(a, function() { return n; });
var m2 = method(b, m);
show_debug_message(m2());
show_debug_message(m());
try {
    try { throw 1; } catch (e) { throw e + 1; }
} catch (e2) { show_debug_message(e2); }
var r = 0;
repeat (3) { with (s) { continue; } r++; }
show_debug_message(r);
function g() { with (s) { return v * 100; } }
show_debug_message(g());
