show_debug_message(logn(5, 25));
show_debug_message(logn(2, 8));
show_debug_message(logn(10, 50));
show_debug_message(logn(3, 1));
