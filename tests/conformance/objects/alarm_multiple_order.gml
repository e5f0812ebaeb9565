// Several alarms firing in one frame run in alarm-number order, before Step.
instance_create_depth(0, 0, 0, obj_a, { name: "a" });

#object obj_a
#event create
alarm[2] = 1;
alarm[0] = 1;
alarm[11] = 1;
#event alarm0
show_debug_message(name + " alarm0");
#event alarm2
show_debug_message(name + " alarm2");
#event alarm11
show_debug_message(name + " alarm11");
#event step
show_debug_message(name + " step");
instance_destroy();
