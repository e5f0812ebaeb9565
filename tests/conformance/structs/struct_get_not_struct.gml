show_debug_message("start");
struct_get([1, 2], "a");
show_debug_message("never");
