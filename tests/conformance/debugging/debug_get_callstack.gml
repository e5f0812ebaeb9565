// debug_get_callstack: innermost script first as "name:line", then 0; maxdepth limits the scripts.
function script2() {
    return debug_get_callstack();
}
function script1() {
    return script2();
}
function shallow() {
    return script1_depth1();
}
function script1_depth1() {
    return debug_get_callstack(1);
}
var _a = script1();
show_debug_message(_a[0]);
show_debug_message(_a[1]);
show_debug_message(_a[array_length(_a) - 1]);
show_debug_message(shallow());
show_debug_message(array_length(debug_get_callstack(0)));
