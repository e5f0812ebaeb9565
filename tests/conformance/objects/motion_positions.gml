// Motion is applied after Step, before End Step; xprevious holds the position at frame start.
global.frame = 0;
instance_create_depth(10, 20, 0, obj_m);

#object obj_m
#event create
hspeed = 2;
vspeed = -1;
#event step
global.frame += 1;
show_debug_message("step " + string(global.frame) + ": " + string(x) + "," + string(y));
#event step_end
show_debug_message("end " + string(global.frame) + ": " + string(x) + "," + string(y) + " prev " + string(xprevious) + "," + string(yprevious));
if (global.frame == 3) instance_destroy();
