if (async_load[? "id"] == save_id) {
	show_debug_message("save finished, status " + string(async_load[? "status"]));
	var _h = instance_create_layer(8, 16, "Helpers", obj_helper);
	show_debug_message("helper " + string(_h == instance_find(obj_helper, 0)) + " at depth " + string(_h.depth));
	room_goto_next();
}
