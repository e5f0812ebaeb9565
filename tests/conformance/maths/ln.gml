show_debug_message(ln(1));
show_debug_message(ln(20));
show_debug_message(ln(0));
show_debug_message(is_nan(ln(-1)));
