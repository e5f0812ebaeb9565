// A child without an event runs its parent's; a child that defines it runs only its own.
instance_create_depth(0, 0, 0, obj_parent);
instance_create_depth(0, 0, 0, obj_plain_child);
instance_create_depth(0, 0, 0, obj_override_child);

#object obj_parent
#event create
show_debug_message("parent create for " + object_get_name(object_index));
#event step
show_debug_message("parent step for " + object_get_name(object_index));
instance_destroy();

#object obj_plain_child : obj_parent

#object obj_override_child : obj_parent
#event step
show_debug_message("override step");
instance_destroy();
