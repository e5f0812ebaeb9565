var s = {name: "inner", v: 1};
name = "outer";
with (s) {
    show_debug_message(name);
    show_debug_message(other.name);
    v += 10;
    added = "new member";
}
show_debug_message(s.v);
show_debug_message(s.added);
// locals of the running function stay visible inside with
var loc = "local";
with (s) show_debug_message(loc);
// self inside with is the target
with (s) show_debug_message(self == s);
// break and continue work in with
with (s) { if (true) break; show_debug_message("never"); }
// nested with: other is the enclosing target
var t = {name: "t"};
with (s) with (t) show_debug_message(name + " " + other.name);
with (noone) show_debug_message("never");
with (global) show_debug_message(name);
function set_in(target) { with (target) { v = 99; return "returned from with"; } }
show_debug_message(set_in(s));
show_debug_message(s.v);
