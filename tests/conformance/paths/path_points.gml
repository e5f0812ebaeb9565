// Paths made at run time (manual: Asset Management > Paths). A new path is straight, closed, of
// precision 4, and has no points; positions along it (0 to 1) go by distance, and the speed
// between two points is interpolated the same way.
var p = path_add();
show_debug_message([path_exists(p), path_get_kind(p), path_get_closed(p), path_get_precision(p), path_get_number(p), path_get_length(p)]);
path_add_point(p, 0, 0, 100);
path_add_point(p, 30, 0, 50);
path_add_point(p, 30, 40, 100);
// Closed: 30 + 40, then 50 back to the start.
show_debug_message([path_get_number(p), path_get_length(p)]);
// Halfway (60) is 30 along the second edge; a quarter (30) is the corner, whose speed is 50;
// an eighth is halfway along the first edge, where the speed is halfway from 100 to 50.
show_debug_message([path_get_x(p, 0.5), path_get_y(p, 0.5), path_get_speed(p, 0.25), path_get_speed(p, 0.125)]);
// Open: the way back is gone; positions past the ends are the ends.
path_set_closed(p, false);
show_debug_message([path_get_closed(p), path_get_length(p), path_get_x(p, 2), path_get_y(p, 2), path_get_x(p, -1)]);
// Points by number; a point that does not exist reads 0.
show_debug_message([path_get_point_x(p, 1), path_get_point_y(p, 2), path_get_point_speed(p, 1), path_get_point_x(p, 5), path_get_point_x(p, -1)]);
// Insert before a point (at most at the end), change one, delete one; out of range does nothing.
path_insert_point(p, 0, -10, 0, 100);
path_insert_point(p, 9, 1, 1, 1);
path_change_point(p, 3, 30, 10, 100);
path_delete_point(p, 1);
path_delete_point(p, 7);
show_debug_message([path_get_number(p), path_get_length(p), path_get_point_x(p, 0), path_get_point_x(p, 1), path_get_point_y(p, 2)]);
// The precision is clamped to 0..8; a kind other than 1 (smooth) is straight.
path_set_precision(p, 12);
path_set_kind(p, 5);
show_debug_message([path_get_precision(p), path_get_kind(p)]);
path_set_precision(p, -3);
show_debug_message(path_get_precision(p));
path_clear_points(p);
show_debug_message([path_get_number(p), path_get_length(p), path_get_x(p, 0.5)]);
// A deleted path is gone; its getters give their defaults (-1 for positions).
path_delete(p);
show_debug_message([path_exists(p), path_get_length(p), path_get_x(p, 0), path_get_closed(p), path_get_precision(p), path_get_number(p)]);
path_add_point(p, 1, 2, 3);
show_debug_message(path_exists(p));
