function Point() constructor { px = 1; }
function plain() { return 5; }
try {
    var p = Point();
    show_debug_message("called a constructor without new");
} catch (e) {
    show_debug_message("constructor without new is an error");
}
try {
    var q = new plain();
    show_debug_message("no");
} catch (e) {
    show_debug_message("new on a plain function is an error");
}
try {
    var v = 5;
    v();
} catch (e) {
    show_debug_message("calling a number is an error");
}
try {
    var u = undefined;
    u.field = 1;
} catch (e) {
    show_debug_message("writing a field of undefined is an error");
}
var np = new Point();
show_debug_message(np.px);
