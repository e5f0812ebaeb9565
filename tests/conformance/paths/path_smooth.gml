// Smooth paths (path_set_kind(p, 1)): each corner is replaced by a curve from the middle of the
// edge before it to the middle of the edge after it, bent towards the corner, and subdivided
// `precision` times (halves of 4 pixels or less are not divided again). An open path keeps its
// first and last points; a closed one is all curves.
var s = path_add();
path_set_kind(s, 1);
path_set_closed(s, false);
path_set_precision(s, 1);
path_add_point(s, 0, 0, 100);
path_add_point(s, 8, 0, 100);
path_add_point(s, 8, 8, 100);
// One curve from (4, 0) to (8, 4); precision 1 adds its midpoint, (7, 1): the path is
// (0, 0) - (7, 1) - (8, 8), 2 * sqrt(50) long.
show_debug_message([path_get_kind(s), path_get_x(s, 0.5), path_get_y(s, 0.5), path_get_length(s)]);
// A closed square at precision 1: each corner's curve gives one point, 5 in from both edges,
// so the path is a square of side 30 from (35, 5).
var q = path_add();
path_set_kind(q, 1);
path_set_precision(q, 1);
path_add_point(q, 0, 0, 100);
path_add_point(q, 40, 0, 100);
path_add_point(q, 40, 40, 100);
path_add_point(q, 0, 40, 100);
show_debug_message([path_get_length(q), path_get_x(q, 0), path_get_y(q, 0), path_get_x(q, 0.5), path_get_y(q, 0.5), path_get_x(q, 1), path_get_y(q, 1)]);
// Precision 2: the first half of that curve is divided again, giving (28.75, 1.25) before
// (35, 5), and the second half (38.75, 11.25) after it.
path_set_precision(s, 2);
path_change_point(s, 1, 40, 0, 100);
path_change_point(s, 2, 40, 40, 100);
show_debug_message([path_get_x(s, 0.5), path_get_y(s, 0.5), path_get_length(s)]);
// Straight again: the corner is back.
path_set_kind(s, 0);
show_debug_message([path_get_x(s, 0.5), path_get_y(s, 0.5), path_get_length(s)]);
