// `object.variable` reads the first live instance of the object or of its children, in creation
// order; `instance_number`, `instance_exists` and `with` see the live ones, children included.
var _c = instance_create_depth(0, 0, 0, obj_child, { tag: "child" });
var _p1 = instance_create_depth(0, 0, 0, obj_parent, { tag: "parent1" });
instance_create_depth(0, 0, 0, obj_other, { tag: "other" });
instance_create_depth(0, 0, 0, obj_parent, { tag: "parent2" });
show_debug_message(obj_parent.tag);
show_debug_message(obj_child.tag);
show_debug_message(obj_other.tag);
instance_destroy(_c);
show_debug_message(obj_parent.tag);
show_debug_message(instance_exists(obj_child));
instance_destroy(_p1);
show_debug_message(obj_parent.tag);
show_debug_message(instance_number(obj_parent));
instance_create_depth(0, 0, 0, obj_child, { tag: "child2" });
with (obj_parent) show_debug_message("with " + tag);
with (obj_child) show_debug_message("with child " + tag);
instance_destroy(obj_other);
show_debug_message(instance_number(obj_other));
show_debug_message(obj_other.tag);

#object obj_parent
#object obj_child : obj_parent
#object obj_other
