// An instance created during Step gets no Step that frame, but does get End Step.
global.frame = 0;
instance_create_depth(0, 0, 0, obj_spawner);

#object obj_spawner
#event step_begin
global.frame += 1;
show_debug_message("frame " + string(global.frame));
#event step
if (global.frame == 1) {
    instance_create_depth(0, 0, 0, obj_child);
    show_debug_message("spawned");
}
#event step_end
if (global.frame == 2) game_end();

#object obj_child
#event create
show_debug_message("child create");
#event step_begin
show_debug_message("child begin");
#event step
show_debug_message("child step");
#event step_end
show_debug_message("child end");
