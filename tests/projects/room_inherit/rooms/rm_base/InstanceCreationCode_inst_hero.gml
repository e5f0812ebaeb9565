show_debug_message("  hero creation code (rm_base's) in " + room_get_name(room));
