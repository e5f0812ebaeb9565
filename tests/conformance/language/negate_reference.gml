// Arithmetic on a reference uses its number: `-id` is minus the instance's id
var inst = instance_create_depth(0, 0, 0, obj_thing);
var n = -inst;
show_debug_message(typeof(n));
show_debug_message(n < 0);
show_debug_message(n + inst);
show_debug_message(-n == inst);
with (inst) {
    show_debug_message(-id == n);
}
var m = ds_map_create();
show_debug_message(-m == -1 * m);
game_end();
#object obj_thing
