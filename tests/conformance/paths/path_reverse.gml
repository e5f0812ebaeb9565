// An instance following a path (manual: path_start, path variables). A relative path is moved
// so that its first point is where the instance is; each step path_position advances by
// path_speed (times the point speed, 100%) over the path's length, here 2.5 / 10. The move
// happens after the Step event; it sets direction, while speed stays 0. With
// path_action_reverse the instance turns back at each end, and "Path Ended" fires.
global.line = path_add();
path_set_closed(global.line, false);
path_add_point(global.line, 100, 100, 100);
path_add_point(global.line, 110, 100, 100);
instance_create_depth(0, 50, 0, obj_walker);

#object obj_walker
#event create
steps = 0;
show_debug_message([path_index, path_position, path_speed, path_scale, path_orientation, path_endaction]);
path_start(global.line, 2.5, path_action_reverse, false);
show_debug_message(["start", x, y, path_index == global.line, path_position, path_speed, path_scale, path_endaction]);
// Jump ahead an eighth of the way (the instance moves at the next step).
path_position = 0.125;

#event step
steps += 1;
show_debug_message([steps, x, y, direction, speed]);
if (steps == 10) game_end();

#event other_end_of_path
show_debug_message(["ended", x, path_speed]);
