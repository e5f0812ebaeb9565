try {
    show_debug_message("in try");
    var z = 1 div 0;
    show_debug_message("never");
} catch (e) {
    show_debug_message("caught");
    show_debug_message(typeof(e));
}
try {
    show_debug_message("no error");
} catch (e) {
    show_debug_message("never");
}
try {
    show_debug_message("try with finally");
} finally {
    show_debug_message("finally runs");
}
try {
    throw "boom";
} catch (err) {
    show_debug_message("caught " + err);
} finally {
    show_debug_message("finally after catch");
}
try {
    show_debug_message("ok");
} catch (err) {
    show_debug_message("never");
} finally {
    show_debug_message("finally without error");
}
// execution continues normally after the statement
show_debug_message("after");
