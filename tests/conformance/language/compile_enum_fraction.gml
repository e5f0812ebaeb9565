enum E {
    A = 1.5,
    B
}
show_debug_message(E.B);
