// Reading a destroyed map is a runtime error.
var m = ds_map_create();
m[? "a"] = 1;
ds_map_destroy(m);
show_debug_message("before");
show_debug_message(m[? "a"]);
show_debug_message("not reached");
