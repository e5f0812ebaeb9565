show_debug_message(sqr(5));
show_debug_message(sqr(-2.5));
show_debug_message(sqr(-10));
show_debug_message(sqr(0));
