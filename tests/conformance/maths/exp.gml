show_debug_message(exp(0));
show_debug_message(exp(1));
show_debug_message(exp(3));
show_debug_message(exp(-infinity));
show_debug_message(exp(infinity));
