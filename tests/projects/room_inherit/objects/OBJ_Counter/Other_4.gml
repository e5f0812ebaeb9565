show_debug_message("  counter room start, count " + string(count));
