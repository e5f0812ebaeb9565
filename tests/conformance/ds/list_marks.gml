// Marked positions hold nested lists/maps: they are destroyed with the list (or on clear).
var ships = ds_list_create();
var sub_list = ds_list_create();
ds_list_add(sub_list, 100, 3, 2500);
var sub_map = ds_map_create();
sub_map[? "player"] = "one";
ds_list_add(ships, sub_list, sub_map, 7);
show_debug_message(ds_list_is_list(ships, 0) ? "0 is list" : "0 is not marked");
ds_list_mark_as_list(ships, 0);
ds_list_mark_as_map(ships, 1);
show_debug_message(ds_list_is_list(ships, 0) ? "0 is list" : "0 is not marked");
show_debug_message(ds_list_is_map(ships, 1) ? "1 is map" : "1 is not marked");
show_debug_message(ds_list_is_map(ships, 0) ? "0 is map" : "0 is not a map");
show_debug_message(ds_list_is_list(ships, 2) ? "2 is list" : "2 is not marked");
show_debug_message(ds_list_is_list(ships, 50) ? "50 is list" : "50 is not marked");
ds_list_destroy(ships);
show_debug_message(ds_exists(sub_list, ds_type_list) ? "sub list alive" : "sub list destroyed");
show_debug_message(ds_exists(sub_map, ds_type_map) ? "sub map alive" : "sub map destroyed");
