show_debug_message("helper created on layer " + layer_get_name(layer) + " in " + room_get_name(room));
