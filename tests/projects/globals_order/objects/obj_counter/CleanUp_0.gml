show_debug_message("clean up in " + room_get_name(room));
