// alarm = 1 in Begin Step fires the same frame; alarm = 1 in Step fires the next frame.
global.frame = 0;
instance_create_depth(0, 0, 0, obj_a);

#object obj_a
#event step_begin
global.frame += 1;
show_debug_message("frame " + string(global.frame));
if (global.frame == 1) alarm[0] = 1;
#event step
if (global.frame == 2) alarm[1] = 1;
if (global.frame == 4) instance_destroy();
#event alarm0
show_debug_message("alarm0 in frame " + string(global.frame));
#event alarm1
show_debug_message("alarm1 in frame " + string(global.frame));
