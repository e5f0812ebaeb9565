show_debug_message("room end: " + room_get_name(room));
