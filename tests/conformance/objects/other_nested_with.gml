// In nested `with`, `other` is the instance of the enclosing `with` (one level out).
instance_create_depth(0, 0, 0, obj_a, { name: "a" });
instance_create_depth(0, 0, 0, obj_b, { name: "b" });
instance_create_depth(0, 0, 0, obj_c, { name: "c" });

#object obj_a
#event step
with (obj_b) {
    show_debug_message("in " + name + " other " + other.name);
    with (obj_c) {
        show_debug_message("in " + name + " other " + other.name);
        with (other) show_debug_message("with (other) is " + name);
    }
    show_debug_message("back in " + name + " other " + other.name);
}
show_debug_message("self " + name);
instance_destroy(all);
#object obj_b
#object obj_c
