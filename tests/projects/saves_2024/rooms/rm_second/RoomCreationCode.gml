show_debug_message("rm_second creation code: " + string(room_width) + "x" + string(room_height) + ", previous " + room_get_name(room_previous(room)));
