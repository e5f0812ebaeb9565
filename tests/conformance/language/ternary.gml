var a = 5;
show_debug_message(a > 3 ? "big" : "small");
show_debug_message(a < 3 ? "big" : "small");
var b = (a > 3) ? ((a > 4) ? "huge" : "big") : "small";
show_debug_message(b);
function side(v) { show_debug_message("eval " + v); return v; }
var c = true ? side("yes") : side("no");
show_debug_message(c);
show_debug_message(1 + (a == 5 ? 10 : 20));
show_debug_message(0.4 ? "t" : "f");
show_debug_message(undefined ? "t" : "f");
