show_debug_message(ceil(2.3));
show_debug_message(ceil(3.8));
show_debug_message(ceil(-2.3));
show_debug_message(ceil(-3.8));
show_debug_message(ceil(4));
show_debug_message(ceil(0.3));
