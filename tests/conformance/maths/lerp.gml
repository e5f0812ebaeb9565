show_debug_message(lerp(0, 10, 0.5));
show_debug_message(lerp(0, 10, 2));
show_debug_message(lerp(0, 10, -1));
show_debug_message(lerp(100, 200, 0.25));
show_debug_message(lerp(2, 4, 0.3));
