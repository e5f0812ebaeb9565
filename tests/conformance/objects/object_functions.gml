// object_get_name, object_get_parent, object_is_ancestor, object_exists, object_index.
show_debug_message(object_get_name(obj_c));
show_debug_message(object_get_name(object_get_parent(obj_c)));
show_debug_message(object_get_parent(obj_a));
show_debug_message(object_is_ancestor(obj_c, obj_a) ? "c<a" : "no");
show_debug_message(object_is_ancestor(obj_c, obj_b) ? "c<b" : "no");
show_debug_message(object_is_ancestor(obj_a, obj_c) ? "a<c" : "no");
show_debug_message(object_is_ancestor(obj_a, obj_a) ? "a<a" : "no");
show_debug_message(object_is_ancestor(obj_lone, obj_a) ? "lone<a" : "no");
show_debug_message(object_exists(obj_lone) ? "exists" : "missing");
var i = instance_create_depth(0, 0, 0, obj_c);
show_debug_message(i.object_index == obj_c ? "object_index ok" : "object_index wrong");
show_debug_message(object_get_name(i.object_index));
instance_destroy(i);

#object obj_a
#object obj_b : obj_a
#object obj_c : obj_b
#object obj_lone
