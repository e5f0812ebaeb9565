// `with (noone)` runs nothing; `with (id)` runs once on that instance; `with (struct)` on the struct.
var a = instance_create_depth(0, 0, 0, obj_a, { name: "a" });
instance_create_depth(0, 0, 0, obj_a, { name: "b" });
with (noone) show_debug_message("never");
with (a) show_debug_message("with id: " + name);
var s = { name: "struct", n: 1 };
with (s) {
    n += 41;
    show_debug_message("with struct: " + name);
}
show_debug_message(s.n);
var ran = 0;
with (instance_find(obj_a, 5)) ran += 1;
show_debug_message("missing instance ran " + string(ran));
instance_destroy(a);
with (a) show_debug_message("never: destroyed");
show_debug_message(instance_number(obj_a));
instance_destroy(obj_a);

#object obj_a
