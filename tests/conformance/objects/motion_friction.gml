// Friction reduces speed by its amount each step, stopping at 0; direction is kept.
global.frame = 0;
instance_create_depth(0, 0, 0, obj_m);

#object obj_m
#event create
speed = 3.5;
direction = 0;
friction = 1;
#event step_end
global.frame += 1;
show_debug_message(string(global.frame) + ": x " + string(x) + " speed " + string(speed));
if (global.frame == 5) instance_destroy();
