// Instances created inside a `with (object)` loop are not visited by that loop.
instance_create_depth(0, 0, 0, obj_n, { n: 0 });
instance_create_depth(0, 0, 0, obj_n, { n: 1 });
with (obj_n) {
    show_debug_message("visit " + string(n));
    instance_create_depth(0, 0, 0, obj_n, { n: n + 10 });
}
show_debug_message("now " + string(instance_number(obj_n)));
instance_destroy(obj_n);

#object obj_n
