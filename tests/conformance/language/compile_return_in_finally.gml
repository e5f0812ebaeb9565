function f() {
    try {
        return 1;
    } finally {
        return 2;
    }
}
show_debug_message(f());
