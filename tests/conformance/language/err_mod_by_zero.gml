var a = 10;
show_debug_message(a mod 0);
