report("room creation code of " + room_get_name(room) + ", layer Back depth " + string(layer_get_depth(layer_get_id("Back"))));
