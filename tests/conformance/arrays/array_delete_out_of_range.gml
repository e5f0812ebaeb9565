var _letters = ["a", "b", "c"];
try {
    array_delete(_letters, 8, 1);
} catch (_e) {
    show_debug_message("past the end: error");
}
try {
    array_delete(_letters, -10, 1);
} catch (_e) {
    show_debug_message("before the start: error");
}
show_debug_message(_letters);
