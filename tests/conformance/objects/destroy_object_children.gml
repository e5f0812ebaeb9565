// instance_destroy(object) destroys the object's instances and its children's.
instance_create_depth(0, 0, 0, obj_parent, { name: "p" });
instance_create_depth(0, 0, 0, obj_child, { name: "c" });
instance_create_depth(0, 0, 0, obj_other, { name: "o" });
instance_destroy(obj_parent);
show_debug_message("parents " + string(instance_number(obj_parent)));
show_debug_message("children " + string(instance_number(obj_child)));
show_debug_message("others " + string(instance_number(obj_other)));
instance_destroy(obj_other);

#object obj_parent
#event destroy
show_debug_message("destroy " + name);
#object obj_child : obj_parent
#object obj_other
#event destroy
show_debug_message("other destroy " + name);
