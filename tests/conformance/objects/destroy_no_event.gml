// instance_destroy(id, false) skips the Destroy event; Clean Up still runs.
var a = instance_create_depth(0, 0, 0, obj_a, { name: "a" });
var b = instance_create_depth(0, 0, 0, obj_a, { name: "b" });
instance_destroy(a, false);
instance_destroy(b, true);
with (instance_create_depth(0, 0, 0, obj_a, { name: "c" })) instance_destroy(id, false);

#object obj_a
#event destroy
show_debug_message(name + " destroy");
#event cleanup
show_debug_message(name + " cleanup");
