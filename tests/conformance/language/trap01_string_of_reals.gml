show_debug_message(string(2.999));
show_debug_message(string(1/3));
show_debug_message(string(5));
show_debug_message(string(5.0));
show_debug_message(string(-2.999));
show_debug_message(string(0.001));
show_debug_message(string(10/2));
