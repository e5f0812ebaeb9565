// A second instance_destroy of the same instance does nothing.
var a = instance_create_depth(0, 0, 0, obj_a);
instance_destroy(a);
instance_destroy(a);
with (obj_a) show_debug_message("never");
show_debug_message("done");

#object obj_a
#event destroy
show_debug_message("destroy");
instance_destroy();
#event cleanup
show_debug_message("cleanup");
