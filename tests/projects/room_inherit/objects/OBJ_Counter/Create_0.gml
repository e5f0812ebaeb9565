count = 0;
show_debug_message("  counter created");
