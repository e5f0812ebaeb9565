show_debug_message(max(12, 96, 32, 75));
show_debug_message(min(12, 96, 32, 75));
show_debug_message(max(-0.5, -1.1, -2, -99.9));
show_debug_message(min(0.5, -1.1, -2, -99.9));
show_debug_message(max(7));
show_debug_message(min(3, 3.5));
show_debug_message(typeof(max(int64(5), 2)));
show_debug_message(max(int64(9007199254740993), 1));
