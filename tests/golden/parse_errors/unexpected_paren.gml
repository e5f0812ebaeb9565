show_debug_message("hi"));
x = 1;
