// A runtime error in an event reports the event and object, GameMaker-style.
show_debug_message("start");
instance_create_depth(0, 0, 0, obj_player);

#object obj_player
#event step
show_debug_message("step");
x += speedx;
show_debug_message("never");
