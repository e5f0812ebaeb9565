show_debug_message("game end in " + room_get_name(room));
