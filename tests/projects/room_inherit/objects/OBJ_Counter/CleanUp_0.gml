show_debug_message("  counter clean up");
