show_debug_message("  room creation code of rm_base, running in " + room_get_name(room));
