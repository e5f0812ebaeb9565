// An instance destroyed while a `with` loop runs is skipped when its turn comes.
for (var i = 0; i < 4; i++) instance_create_depth(0, 0, 0, obj_n, { n: i });
with (obj_n) {
    show_debug_message("visit " + string(n));
    if (n == 1) {
        with (obj_n) if (n == 2) instance_destroy();
    }
}
show_debug_message("left " + string(instance_number(obj_n)));
with (obj_n) instance_destroy();

#object obj_n
#event destroy
show_debug_message("destroy " + string(n));
