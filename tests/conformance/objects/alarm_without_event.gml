// An alarm whose event the object does not have does not count down; alarm_get/alarm_set.
global.frame = 0;
instance_create_depth(0, 0, 0, obj_a);

#object obj_a
#event create
alarm[0] = 2;
alarm_set(1, 2);
#event alarm1
show_debug_message("alarm1 fired");
#event step
global.frame += 1;
show_debug_message("alarm0 " + string(alarm[0]) + ", alarm1 " + string(alarm_get(1)));
if (global.frame == 3) instance_destroy();
