show_debug_message("clean up of " + object_get_name(object_index));
