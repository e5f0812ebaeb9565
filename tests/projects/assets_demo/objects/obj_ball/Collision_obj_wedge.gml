show_debug_message("frame " + string(global.frames) + ": ball at " + string(x) + " meets " + object_get_name(other.object_index) + " at " + string(other.x));
show_debug_message("image_index " + string(image_index) + ", animation ends " + string(global.anim_ends));
show_debug_message("bbox " + string(bbox_left) + " " + string(bbox_top) + " " + string(bbox_right) + " " + string(bbox_bottom));
game_end();
