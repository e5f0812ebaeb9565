function f() {
    try {
        show_debug_message("try");
        return "returned";
    } finally {
        show_debug_message("finally");
    }
    return "never";
}
show_debug_message(f());
function g() {
    for (var i = 0; i < 3; i++) {
        try {
            if (i == 1) break;
            show_debug_message("body " + string(i));
        } finally {
            show_debug_message("finally " + string(i));
        }
    }
    return i;
}
show_debug_message(g());
function h() {
    try {
        throw "x";
    } catch (e) {
        return "from catch";
    } finally {
        show_debug_message("finally after catch return");
    }
}
show_debug_message(h());
function k() {
    for (var i = 0; i < 2; i++) {
        try {
            continue;
        } finally {
            show_debug_message("finally on continue " + string(i));
        }
    }
}
k();
