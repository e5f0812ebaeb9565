show_debug_message(point_direction(0, 0, 10, 0));
show_debug_message(point_direction(0, 0, 0, -10));
show_debug_message(point_direction(0, 0, -10, 0));
show_debug_message(point_direction(0, 0, 0, 10));
show_debug_message(point_direction(0, 0, 1, -1));
show_debug_message(point_direction(0, 0, -1, -1));
show_debug_message(point_direction(5, 5, 5, 5));
show_debug_message(point_direction(2, 3, 20, -10));
