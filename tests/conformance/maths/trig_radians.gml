show_debug_message(sin(0));
show_debug_message(sin(pi / 2));
show_debug_message(cos(0));
show_debug_message(cos(pi));
show_debug_message(tan(0));
show_debug_message(sin(1));
