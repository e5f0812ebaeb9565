function inner_fn(a) {
    return a.missing;
}
function outer_fn() {
    return inner_fn({});
}
try {
    outer_fn();
} catch (e) {
    show_debug_message(e.script);
    show_debug_message(e.stacktrace[0]);
    show_debug_message(e.stacktrace[1]);
    show_debug_message(e.line);
    show_debug_message(typeof(e.longMessage));
}
