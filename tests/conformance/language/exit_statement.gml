function f(n) {
    show_debug_message("start");
    if (n > 0) exit;
    show_debug_message("not exited");
}
show_debug_message(f(1));
f(0);
function g() {
    repeat (3) {
        exit;
    }
    show_debug_message("never");
}
g();
show_debug_message("top level continues");
exit;
show_debug_message("never printed");
