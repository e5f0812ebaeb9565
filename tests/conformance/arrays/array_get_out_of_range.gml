var _a = [1, 2, 3];
try {
    array_get(_a, 5);
} catch (_e) {
    show_debug_message("caught");
}
show_debug_message(array_get(_a, 2));
