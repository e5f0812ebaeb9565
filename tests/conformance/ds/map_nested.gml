// Maps and lists added with ds_map_add_map / ds_map_add_list are destroyed with their parent.
var j_map = ds_map_create();
var sub_map = ds_map_create();
var j_list = ds_list_create();
ds_list_add(j_list, 10, 20, 30);
ds_map_add_list(sub_map, "list", j_list);
ds_map_add(sub_map, "plain", 5);
ds_map_add_map(j_map, "map", sub_map);
show_debug_message(ds_map_is_map(j_map, "map") ? "map marked" : "map not marked");
show_debug_message(ds_map_is_list(sub_map, "list") ? "list marked" : "list not marked");
show_debug_message(ds_map_is_list(sub_map, "plain") ? "plain marked" : "plain not marked");
show_debug_message(ds_map_is_map(j_map, "missing") ? "missing marked" : "missing not marked");
show_debug_message(ds_list_size(j_map[? "map"][? "list"]));
ds_map_destroy(j_map);
show_debug_message(ds_exists(sub_map, ds_type_map) ? "sub map alive" : "sub map destroyed");
show_debug_message(ds_exists(j_list, ds_type_list) ? "list alive" : "list destroyed");
// a plain value holding a list index is not destroyed with the map
var holder = ds_map_create();
var kept = ds_list_create();
holder[? "kept"] = kept;
ds_map_destroy(holder);
show_debug_message(ds_exists(kept, ds_type_list) ? "unmarked list alive" : "unmarked list destroyed");
ds_list_destroy(kept);
