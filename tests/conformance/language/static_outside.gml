function never_called() {
    static s = 1;
}
try {
    show_debug_message(never_called.s);
} catch (e) {
    show_debug_message("statics are not readable before the first call");
}
never_called();
show_debug_message(never_called.s);
function bump() {
    static total = 0;
    total += 5;
    return total;
}
bump();
bump();
show_debug_message(bump.total);
show_debug_message(static_get(bump).total);
