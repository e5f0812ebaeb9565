instance_create_depth(0, 0, 0, obj_a);
#object obj_a
#event not_an_event
show_debug_message("never");
