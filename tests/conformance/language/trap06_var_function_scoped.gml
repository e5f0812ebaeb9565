function f(c) {
    if (c) { var t = 1; }
    show_debug_message(t);
}
f(true);
if (true) { var u = "top-level block"; }
show_debug_message(u);
