// Nested creates run depth-first: each Create finishes its children first.
instance_create_depth(0, 0, 0, obj_a);
show_debug_message("top done, count " + string(instance_number(all)));
with (all) instance_destroy();

#object obj_a
#event create
show_debug_message("A start");
instance_create_depth(0, 0, 0, obj_b);
show_debug_message("A end");

#object obj_b
#event create
show_debug_message("B start");
instance_create_depth(0, 0, 0, obj_c);
instance_create_depth(0, 0, 0, obj_c);
show_debug_message("B end");

#object obj_c
#event create
show_debug_message("C " + string(instance_number(obj_c)));
