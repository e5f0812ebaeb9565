show_debug_message(log2(8));
show_debug_message(log2(100));
show_debug_message(floor(log2(100)) + 1);
show_debug_message(log2(0.5));
show_debug_message(log2(1));
