// event_inherited() from a grandchild whose parent lacks the event reaches the grandparent;
// an inherited event that itself calls event_inherited() goes up from where it is defined.
instance_create_depth(0, 0, 0, obj_c);

#object obj_a
#event create
show_debug_message("A create");
#event step
show_debug_message("A step");

#object obj_b : obj_a
#event step
event_inherited();
show_debug_message("B step");
instance_destroy();

#object obj_c : obj_b
#event create
event_inherited();
show_debug_message("C create");
