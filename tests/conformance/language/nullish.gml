var a = undefined;
show_debug_message(a ?? "default");
var b = 0;
show_debug_message(b ?? "default");
show_debug_message("" ?? "default");
show_debug_message(false ?? "default");
function side() { show_debug_message("evaluated"); return 1; }
var c = 5 ?? side();
show_debug_message(c);
var d = undefined ?? side();
show_debug_message(d);
show_debug_message(undefined ?? undefined ?? "third");
show_debug_message(pointer_null ?? "null ptr");
var s = {v: undefined};
s.v ??= 1;
s.v ??= 2;
show_debug_message(s.v);
