// Create runs inside instance_create_depth, before it returns.
show_debug_message("before");
var inst = instance_create_depth(0, 0, 0, obj_thing);
show_debug_message("after, made = " + string(inst.made));
instance_destroy(inst);

#object obj_thing
#event create
made = "yes";
show_debug_message("create");
