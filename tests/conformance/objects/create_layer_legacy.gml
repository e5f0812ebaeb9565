// instance_create_layer and the legacy instance_create both run Create at once.
var a = instance_create_layer(10, 20, "Instances", obj_p);
var b = instance_create(30, 40, obj_p);
var c = instance_create_layer(1, 2, "Instances", obj_p, { tag: "struct" });
show_debug_message(string(a.x) + "," + string(a.y));
show_debug_message(string(b.x) + "," + string(b.y));
show_debug_message(c.tag);
show_debug_message(instance_number(obj_p));
with (obj_p) instance_destroy();

#object obj_p
#event create
if (!variable_instance_exists(id, "tag")) tag = "none";
show_debug_message("create at " + string(x) + "," + string(y) + " tag " + tag);
