enum E { A, B }
E.A = 5;
show_debug_message(E.A);
