show_debug_message("helper: room start of " + room_get_name(room) + ", savers " + string(instance_number(obj_saver)));
