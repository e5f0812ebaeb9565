// A Destroy event that destroys other instances: each runs Destroy then Clean Up, nested.
global.b = instance_create_depth(0, 0, 0, obj_b);
var a = instance_create_depth(0, 0, 0, obj_a);
instance_destroy(a);
show_debug_message("left " + string(instance_number(all)));

#object obj_a
#event destroy
show_debug_message("a destroy start");
instance_destroy(global.b);
show_debug_message("a destroy end");
#event cleanup
show_debug_message("a cleanup");

#object obj_b
#event destroy
show_debug_message("b destroy");
#event cleanup
show_debug_message("b cleanup");
