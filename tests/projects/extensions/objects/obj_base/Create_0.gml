steps = 0;
show_debug_message("create of " + object_get_name(object_index));
