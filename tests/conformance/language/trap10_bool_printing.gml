show_debug_message(string(true));
show_debug_message(string(false));
show_debug_message(typeof(true));
show_debug_message(true);
show_debug_message(string(2 > 1) + "|" + typeof(2 > 1));
