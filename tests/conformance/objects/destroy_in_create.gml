// An instance that destroys itself in Create: the id comes back, but it no longer exists.
var a = instance_create_depth(0, 0, 0, obj_a);
show_debug_message("exists " + (instance_exists(a) ? "yes" : "no"));
show_debug_message("number " + string(instance_number(obj_a)));

#object obj_a
#event create
show_debug_message("create");
instance_destroy();
show_debug_message("create continues");
#event destroy
show_debug_message("destroy");
