// Gravity adds to the speed in gravity_direction (default 270, down) every step.
global.frame = 0;
instance_create_depth(0, 0, 0, obj_m);

#object obj_m
#event create
gravity = 0.5;
show_debug_message("gravity_direction " + string(gravity_direction));
#event step_end
global.frame += 1;
show_debug_message(string(global.frame) + ": y " + string(y) + " vspeed " + string(vspeed) + " speed " + string(speed) + " direction " + string(direction));
if (global.frame == 3) instance_destroy();
