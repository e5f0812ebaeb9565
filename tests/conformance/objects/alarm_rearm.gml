// Re-arming an alarm inside its own event: it fires again that many frames later.
global.frame = 0;
instance_create_depth(0, 0, 0, obj_a);

#object obj_a
#event create
alarm[3] = 2;
fired = 0;
#event step_begin
global.frame += 1;
#event alarm3
fired += 1;
show_debug_message("alarm3 at frame " + string(global.frame));
if (fired < 3) alarm[3] = 2;
#event step
if (global.frame == 8) {
    show_debug_message("alarm3 now " + string(alarm[3]));
    instance_destroy();
}
