show_debug_message(power(5, 3));
show_debug_message(power(2, -1));
show_debug_message(power(2, 0.5));
show_debug_message(power(10, 10));
show_debug_message(power(-4, 2));
show_debug_message(power(-4, -3));
show_debug_message(power(7, 0));
