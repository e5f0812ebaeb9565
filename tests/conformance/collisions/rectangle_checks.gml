// Is a dragged selection box outside, inside or across a panel (0, 1, 2)?
show_debug_message(rectangle_in_rectangle(10, 10, 20, 20, 0, 0, 100, 100));
show_debug_message(rectangle_in_rectangle(90, 90, 120, 120, 0, 0, 100, 100));
show_debug_message(rectangle_in_rectangle(150, 150, 160, 160, 0, 0, 100, 100));
show_debug_message(rectangle_in_circle(-1, -1, 1, 1, 0, 0, 10));
show_debug_message(rectangle_in_circle(5, -1, 20, 1, 0, 0, 10));
show_debug_message(rectangle_in_circle(50, 50, 60, 60, 0, 0, 10));
