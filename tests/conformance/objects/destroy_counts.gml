// Instance counts and lookups right after a destroy and on the next frame.
global.frame = 0;
var a = instance_create_depth(0, 0, 0, obj_a, { name: "a" });
var b = instance_create_depth(0, 0, 0, obj_a, { name: "b" });
var c = instance_create_depth(0, 0, 0, obj_b, { name: "c" });
global.b = b;
show_debug_message("number obj_a " + string(instance_number(obj_a)));
show_debug_message("number all " + string(instance_number(all)));
show_debug_message("find 1 is b: " + (instance_find(obj_a, 1) == b ? "yes" : "no"));
show_debug_message("find 2: " + string(instance_find(obj_a, 2)));
show_debug_message("instance_id[0] is a: " + (instance_id[0] == a ? "yes" : "no"));
instance_destroy(a);
show_debug_message("after destroy:");
show_debug_message("number obj_a " + string(instance_number(obj_a)));
show_debug_message("exists a " + (instance_exists(a) ? "yes" : "no"));
show_debug_message("exists b " + (instance_exists(b) ? "yes" : "no"));
show_debug_message("exists obj_a " + (instance_exists(obj_a) ? "yes" : "no"));
show_debug_message("find 0 is b: " + (instance_find(obj_a, 0) == b ? "yes" : "no"));

#object obj_a
#object obj_b
#event step
global.frame += 1;
show_debug_message("frame " + string(global.frame));
show_debug_message("instance_count " + string(instance_count));
if (global.frame == 1) {
    show_debug_message("instance_id[0] is b: " + (instance_id[0] == global.b ? "yes" : "no"));
    show_debug_message("instance_id[1] is c: " + (instance_id[1] == id ? "yes" : "no"));
} else {
    show_debug_message("instance_id[0] is c: " + (instance_id[0] == id ? "yes" : "no"));
}
instance_destroy(obj_a);
show_debug_message("exists obj_a " + (instance_exists(obj_a) ? "yes" : "no"));
show_debug_message("number all " + string(instance_number(all)));
if (global.frame == 2) instance_destroy();
