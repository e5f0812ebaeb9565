// Writing a field through a declared but unassigned local is the unset-local error.
function f() {
    var s;
    try {
        s.a = 1;
    } catch (e) {
        show_debug_message("caught");
    }
    var t = 2;
    s.b = t + 1;
}
f();
