// alarm = 0 never runs the event (it goes to -1); a negative alarm stays put.
global.frame = 0;
instance_create_depth(0, 0, 0, obj_a);

#object obj_a
#event create
alarm[0] = 0;
alarm[1] = -5;
alarm[2] = 2.7;
#event step_begin
global.frame += 1;
#event alarm0
show_debug_message("alarm0 ran");
#event alarm1
show_debug_message("alarm1 ran");
#event alarm2
show_debug_message("alarm2 ran in frame " + string(global.frame));
#event step
show_debug_message(string(alarm[0]) + " " + string(alarm[1]) + " " + string(alarm[2]));
if (global.frame == 3) instance_destroy();
