show_debug_message(point_distance(0, 0, 3, 4));
show_debug_message(point_distance(10, 10, 10, 10));
show_debug_message(point_distance(1, 1, 2, 2));
show_debug_message(point_distance_3d(0, 0, 0, 2, 3, 6));
show_debug_message(point_distance_3d(1, 1, 1, 1, 1, 1));
