// Instances created by the top-level code get Create at once, then Game Start and Room Start
// before the first frame.
show_debug_message("top start");
instance_create_depth(0, 0, 0, obj_a, { name: "a" });
instance_create_depth(0, 0, 0, obj_a, { name: "b" });
show_debug_message("top end");

#object obj_a
#event create
show_debug_message(name + " create");
#event other_game_start
show_debug_message(name + " game start");
#event other_room_start
show_debug_message(name + " room start");
#event step_begin
show_debug_message(name + " begin step");
instance_destroy();
