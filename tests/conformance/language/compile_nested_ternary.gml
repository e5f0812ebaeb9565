var a = true ? false ? 1 : 2 : 3;
show_debug_message(a);
