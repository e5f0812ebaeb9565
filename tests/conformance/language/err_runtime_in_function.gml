function do_add(a, b) {
    return a + b;
}
show_debug_message(do_add(1, 2));
show_debug_message(do_add("x", 2));
