var n = 5;
show_debug_message(n[0]);
