steps += 1;
show_debug_message("step " + string(steps) + " of " + object_get_name(object_index));
if (steps == 2) game_end();
