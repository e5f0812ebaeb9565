// json_encode / json_decode with ds_maps and ds_lists.
var m = ds_map_create();
m[? "myString"] = "hello world";
var json = json_encode(m);
show_debug_message(json);
var back = json_decode(json);
show_debug_message(back[? "myString"]);
ds_map_destroy(back);
// nested structures marked with ds_map_add_list / ds_map_add_map are written as JSON
var j_list = ds_list_create();
ds_list_add(j_list, 100, 3, "lives");
var outer = ds_map_create();
ds_map_add_list(outer, "list", j_list);
show_debug_message(json_encode(outer));
var sub = ds_map_create();
sub[? "x"] = 1.5;
var wrapper = ds_map_create();
ds_map_add_map(wrapper, "map", sub);
show_debug_message(json_encode(wrapper));
// structs and arrays inside a map are written too
var mixed = ds_map_create();
mixed[? "greeting"] = { parts : ["Hello", "World!"] };
show_debug_message(json_encode(mixed));
ds_map_destroy(m);
ds_map_destroy(outer);
ds_map_destroy(wrapper);
ds_map_destroy(mixed);
show_debug_message(ds_exists(j_list, ds_type_list) ? "list alive" : "list destroyed");
