// game_end in Begin Step stops before alarms and Step.
instance_create_depth(0, 0, 0, obj_a);

#object obj_a
#event create
alarm[0] = 1;
#event step_begin
show_debug_message("begin");
game_end();
#event alarm0
show_debug_message("alarm");
#event step
show_debug_message("step");
#event other_game_end
show_debug_message("game end");
