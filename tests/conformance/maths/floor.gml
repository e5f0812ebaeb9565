show_debug_message(floor(5.99999));
show_debug_message(floor(5.2));
show_debug_message(floor(-4.4));
show_debug_message(floor(-6.6));
show_debug_message(floor(7));
show_debug_message(floor(0.3));
