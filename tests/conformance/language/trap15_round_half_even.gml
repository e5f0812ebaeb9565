show_debug_message(round(2.5));
show_debug_message(round(-2.5));
show_debug_message(round(3.5));
show_debug_message(round(0.5));
show_debug_message(round(1.5));
show_debug_message(round(2.6));
