// xprevious is recorded at the start of the frame, before Begin Step: moving x in Step
// does not change it.
global.frame = 0;
instance_create_depth(0, 0, 0, obj_m);

#object obj_m
#event step
global.frame += 1;
x += 10;
#event step_end
show_debug_message(string(global.frame) + ": x " + string(x) + " xprevious " + string(xprevious));
if (global.frame == 2) instance_destroy();
