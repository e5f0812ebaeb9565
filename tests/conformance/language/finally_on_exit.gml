function f() {
    try {
        show_debug_message("in try");
        exit;
    } finally {
        show_debug_message("finally on exit");
    }
    show_debug_message("never");
}
f();
function g() {
    try {
        try {
            return "inner return";
        } finally {
            show_debug_message("inner finally");
        }
    } finally {
        show_debug_message("outer finally");
    }
}
show_debug_message(g());
function h() {
    try {
        throw "err";
    } catch (e) {
        show_debug_message("catch");
    } finally {
        show_debug_message("finally");
    }
    return "after";
}
show_debug_message(h());
