show_debug_message("wedge meets " + object_get_name(other.object_index));
