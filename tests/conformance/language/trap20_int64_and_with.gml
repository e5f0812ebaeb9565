enum E { A }
show_debug_message(typeof(E.A));
show_debug_message(typeof(5 & 3));
show_debug_message(5 & 3);
instance_create_depth(0, 0, 0, obj_thing);
instance_create_depth(0, 0, 0, obj_thing);
var visited = 0;
with (obj_thing) {
    visited++;
    instance_create_depth(0, 0, 0, obj_thing);
}
show_debug_message(visited);
show_debug_message(instance_number(obj_thing));
game_end();

#object obj_thing
#event create
