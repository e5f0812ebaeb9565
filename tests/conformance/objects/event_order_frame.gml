// Begin Step, alarms, Step, End Step: each phase runs for every instance before the next.
global.frame = 0;
instance_create_depth(0, 0, 0, obj_a);
instance_create_depth(0, 0, 0, obj_b);

#object obj_a
#event create
alarm[0] = 1;
#event step_begin
global.frame += 1;
show_debug_message("frame " + string(global.frame));
show_debug_message("a begin");
#event alarm0
show_debug_message("a alarm0");
#event step
show_debug_message("a step");
#event step_end
show_debug_message("a end");
if (global.frame == 2) game_end();

#object obj_b
#event create
alarm[0] = 1;
#event step_begin
show_debug_message("b begin");
#event alarm0
show_debug_message("b alarm0");
#event step
show_debug_message("b step");
#event step_end
show_debug_message("b end");
