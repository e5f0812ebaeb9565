// alarm[0] = 3 set in Create fires during the third frame; the value counts down each frame.
global.frame = 0;
instance_create_depth(0, 0, 0, obj_a);

#object obj_a
#event create
alarm[0] = 3;
#event step_begin
global.frame += 1;
show_debug_message("frame " + string(global.frame) + " begin, alarm " + string(alarm[0]));
#event alarm0
show_debug_message("alarm fired, alarm " + string(alarm[0]));
#event step
show_debug_message("step, alarm " + string(alarm[0]));
if (global.frame == 5) instance_destroy();
