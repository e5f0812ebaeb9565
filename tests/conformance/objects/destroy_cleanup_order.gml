// Destroy runs, then Clean Up, both immediately inside instance_destroy.
var a = instance_create_depth(0, 0, 0, obj_a);
show_debug_message("calling destroy");
instance_destroy(a);
show_debug_message("returned");

#object obj_a
#event destroy
show_debug_message("destroy event");
#event cleanup
show_debug_message("cleanup event");
