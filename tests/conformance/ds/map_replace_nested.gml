// ds_map_replace_map / ds_map_replace_list swap the stored structure (the old one is kept).
var m = ds_map_create();
var first_list = ds_list_create();
var second_list = ds_list_create();
ds_list_add(second_list, "new");
ds_map_add_list(m, "list", first_list);
ds_map_replace_list(m, "list", second_list);
show_debug_message(m[? "list"] == second_list ? "list replaced" : "list kept");
show_debug_message(ds_exists(first_list, ds_type_list) ? "old list alive" : "old list destroyed");
var first_map = ds_map_create();
var second_map = ds_map_create();
ds_map_add_map(m, "map", first_map);
ds_map_replace_map(m, "map", second_map);
show_debug_message(m[? "map"] == second_map ? "map replaced" : "map kept");
show_debug_message(ds_map_is_map(m, "map") ? "still marked" : "not marked");
show_debug_message(ds_map_size(m));
// clearing the parent destroys the marked structures it holds
ds_map_clear(m);
show_debug_message(ds_exists(second_list, ds_type_list) ? "second list alive" : "second list destroyed");
show_debug_message(ds_exists(second_map, ds_type_map) ? "second map alive" : "second map destroyed");
ds_list_destroy(first_list);
ds_map_destroy(first_map);
ds_map_destroy(m);
