hspeed = -2;
show_debug_message(string(rm_main) + " " + string(asset_get_type("rm_main") == asset_room) + " " + string(asset_get_index("spr_wedge")));
