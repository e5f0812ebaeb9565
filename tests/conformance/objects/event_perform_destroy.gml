// event_perform(ev_destroy, 0) runs the Destroy event's code without destroying the instance.
var a = instance_create_depth(0, 0, 0, obj_a);
with (a) event_perform(ev_destroy, 0);
show_debug_message("exists " + (instance_exists(a) ? "yes" : "no"));
instance_destroy(a);

#object obj_a
#event destroy
show_debug_message("destroy code");
