show_debug_message(mean(2, 6, 9, 32));
show_debug_message(mean(50, 50, 50));
show_debug_message(mean(0.5, -0.5));
show_debug_message(median(43, 12, 25, 19, 6));
show_debug_message(median(1, 2, 3, 4));
show_debug_message(median(0.5, 1.1, 2, 99.9));
show_debug_message(median(-2.5));
