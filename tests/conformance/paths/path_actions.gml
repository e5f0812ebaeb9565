// Path end actions, absolute paths, path_scale / path_orientation, path_end, and
// path_positionprevious (manual: path_start and the path variables). Each step the instances
// run their Step events, then move in creation order; "Path Ended" fires as each one reaches
// an end. Every path here is 10 or 20 pixels long and every point speed is 100%.
global.line = path_add();
path_set_closed(global.line, false);
path_add_point(global.line, 0, 0, 100);
path_add_point(global.line, 10, 0, 100);
global.down = path_add();
path_set_closed(global.down, false);
path_add_point(global.down, 10, 10, 100);
path_add_point(global.down, 10, 30, 100);
instance_create_depth(0, 0, 0, obj_stop);
instance_create_depth(0, 100, 0, obj_restart);
instance_create_depth(50, 0, 0, obj_continue);
instance_create_depth(0, 0, 0, obj_turned);
instance_create_depth(0, 200, 0, obj_ender);
instance_create_depth(0, 0, 0, obj_clock);

// Absolute: the instance is put at the path's start at once; stopping at the end leaves it
// there with path_index -1 and path_position 1.
#object obj_stop
#event create
path_start(global.down, 5, path_action_stop, true);
show_debug_message(["stop", "start", x, y]);
#event step
show_debug_message(["stop", x, y, path_position]);
#event other_end_of_path
show_debug_message(["stop", "ended", x, y, path_index, path_position]);

// Restart: back to the start of the path.
#object obj_restart
#event create
path_start(global.line, 5, path_action_restart, false);
#event step
show_debug_message(["restart", x, path_position]);
#event other_end_of_path
show_debug_message(["restart", "ended", x]);

// Continue: the path moves on by its start-to-end offset and begins again there.
#object obj_continue
#event create
path_start(global.line, 5, path_action_continue, false);
#event step
show_debug_message(["continue", x]);
#event other_end_of_path
show_debug_message(["continue", "ended", x]);

// Twice the size (the point speeds are divided by the scale: 1/8 of the path per step) and
// turned 90 degrees counter-clockwise: the line now goes up 20 pixels.
#object obj_turned
#event create
path_start(global.line, 2.5, path_action_stop, false);
path_scale = 2;
path_orientation = 90;
#event step
show_debug_message(["turned", round(x), y, round(direction), path_position * 8]);

// path_positionprevious is path_position at the start of the step; path_end stops the
// instance where it is.
#object obj_ender
#event create
path_start(global.line, 1, path_action_stop, false);
t = 0;
#event step
t += 1;
show_debug_message(["end", x, path_index == global.line, path_position, path_positionprevious]);
if (t == 1) {
    path_position = 0.5;
    show_debug_message(["end", "previous", path_positionprevious]);
}
if (t == 2) path_end();

#object obj_clock
#event create
t = 0;
#event step
t += 1;
if (t == 5) game_end();
