function divide(a, b) {
    return a div b;
}
try {
    divide(1, 0);
} catch (e) {
    show_debug_message(is_string(e.message));
    show_debug_message(string_pos("Divide by zero", e.message) > 0);
    show_debug_message(is_string(e.longMessage));
    show_debug_message(string_pos(e.message, e.longMessage) > 0);
    show_debug_message(string_pos("ERROR in", e.longMessage) > 0);
    show_debug_message(is_string(e.script));
    show_debug_message(string_pos("divide", e.script) > 0);
    show_debug_message(is_array(e.stacktrace));
    show_debug_message(array_length(e.stacktrace) >= 1);
    show_debug_message(string_pos("divide", e.stacktrace[0]) > 0);
    show_debug_message(string_pos("(line 2)", e.stacktrace[0]) > 0);
}
try {
    var s = {};
    var v = s.missing;
} catch (e) {
    show_debug_message(string_pos("not set before reading it", e.message) > 0);
}
try {
    var arr = [1, 2, 3];
    var v2 = arr[5];
} catch (e) {
    show_debug_message(e.message);
}
