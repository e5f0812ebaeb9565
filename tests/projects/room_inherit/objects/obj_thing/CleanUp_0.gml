show_debug_message("  clean up " + who);
