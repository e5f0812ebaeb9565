show_debug_message("space is never pressed headless");
