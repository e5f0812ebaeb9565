steps = 0;
alarm[0] = 2;
show_debug_message("saver created on layer " + layer_get_name(layer) + ", payload " + payload);
