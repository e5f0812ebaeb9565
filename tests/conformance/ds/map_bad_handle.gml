// A value that is not a map handle is an argument error naming the function.
var not_a_map = undefined;
show_debug_message("before");
ds_map_find_value(not_a_map, "key");
