show_debug_message("  room creation code of rm_keep");
instance_create_depth(7, 7, 0, obj_thing);
