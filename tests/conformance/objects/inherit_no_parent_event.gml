// event_inherited() with no parent (or a parent without the event) does nothing.
instance_create_depth(0, 0, 0, obj_b);

#object obj_a
#object obj_b : obj_a
#event create
show_debug_message("before");
event_inherited();
show_debug_message("after");
#event step
event_inherited();
show_debug_message("step");
instance_destroy();
