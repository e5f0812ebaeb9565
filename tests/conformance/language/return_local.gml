// `return local` (one fused instruction): the value, a missing argument, a string that stays
// shared with the caller, and a local never assigned (an error naming it and the line).
function same(a) { return a; }
function pick(a, b) {
    var c = a;
    if (b) return c;
    return b;
}
var s = "text";
var t = same(s);
show_debug_message(t + " " + s);
show_debug_message(same());
show_debug_message(pick([1, 2], true));
show_debug_message(pick(7, false));
function never() {
    var x;
    return x;
}
show_debug_message("before");
never();
show_debug_message("not reached");
