t = 0;
show_debug_message("counter " + string(id == inst_counter_one || id == inst_counter_two) + " created in " + room_get_name(room) + ", tier " + string(Tier.Low) + ", restarts " + string(global.restarts));
