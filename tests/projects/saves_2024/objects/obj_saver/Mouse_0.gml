show_debug_message("no mouse headless");
