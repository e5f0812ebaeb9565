// Created in Begin Step: no Begin Step that frame, but Step and End Step (and its alarm if set to 1).
global.frame = 0;
instance_create_depth(0, 0, 0, obj_spawner);

#object obj_spawner
#event step_begin
global.frame += 1;
show_debug_message("frame " + string(global.frame));
if (global.frame == 1) instance_create_depth(0, 0, 0, obj_child);
if (global.frame == 3) game_end();

#object obj_child
#event create
alarm[0] = 1;
#event step_begin
show_debug_message("child begin");
#event alarm0
show_debug_message("child alarm");
#event step
show_debug_message("child step");
#event step_end
show_debug_message("child end");
