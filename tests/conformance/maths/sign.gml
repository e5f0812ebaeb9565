show_debug_message(sign(458));
show_debug_message(sign(-5));
show_debug_message(sign(0));
show_debug_message(sign(-0.001));
show_debug_message(sign(77.1));
show_debug_message(sign(-infinity));
