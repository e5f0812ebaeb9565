show_debug_message("game start (first: " + room_get_name(room_first) + ", last: " + room_get_name(room_last) + ")");
