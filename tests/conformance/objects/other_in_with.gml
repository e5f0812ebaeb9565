// Inside `with` run from an event, `other` is the instance that ran the `with`.
instance_create_depth(0, 0, 0, obj_target, { name: "t1" });
instance_create_depth(0, 0, 0, obj_target, { name: "t2" });
instance_create_depth(0, 0, 0, obj_boss, { name: "boss" });

#object obj_target
#object obj_boss
#event step
with (obj_target) {
    show_debug_message(name + " sees other " + other.name);
    other.visited += 1;
}
show_debug_message("boss visited " + string(visited));
instance_destroy(obj_target);
instance_destroy();
#event create
visited = 0;
