// `self` and `id` inside `with`; instance variables read through an id after the `with`.
var a = instance_create_depth(3, 4, 0, obj_a);
with (a) {
    total = x + y;
    show_debug_message(id == a ? "id matches" : "id differs");
}
show_debug_message(a.total);
a.total += 1;
show_debug_message(variable_instance_get(a, "total"));
instance_destroy(a);

#object obj_a
