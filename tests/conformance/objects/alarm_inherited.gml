// A child without the alarm event runs its parent's; the alarm counts down for it.
instance_create_depth(0, 0, 0, obj_child);

#object obj_parent
#event alarm0
show_debug_message("parent alarm0 on " + object_get_name(object_index));
instance_destroy();

#object obj_child : obj_parent
#event create
alarm[0] = 2;
