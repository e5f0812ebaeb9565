enum E { A, B = 10, C }
show_debug_message(typeof(E.A));
show_debug_message(typeof(E.C));
show_debug_message(E.C);
show_debug_message(string(E.C));
show_debug_message(is_real(E.A));
show_debug_message(is_int64(E.A));
show_debug_message(is_numeric(E.B));
show_debug_message(E.B == 10);
show_debug_message(typeof(E.B + 0.5));
show_debug_message(E.B + 0.5);
