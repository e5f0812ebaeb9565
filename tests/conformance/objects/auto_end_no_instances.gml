// The game ends by itself once no instance is left (and no async work is pending).
global.frame = 0;
show_debug_message("top level");
instance_create_depth(0, 0, 0, obj_a);

#object obj_a
#event step
global.frame += 1;
show_debug_message("frame " + string(global.frame));
if (global.frame == 3) instance_destroy();
#event other_game_end
show_debug_message("no game end: the instance is gone");
