// json_decode creates nested maps and lists; destroying the top map destroys them all.
var resultMap = json_decode("{\"myObj\": { \"apples\":10, \"oranges\":12 }, \"myArray\":[0, 1, 2, 2, 4]}");
var nested = resultMap[? "myObj"];
show_debug_message(ds_map_size(resultMap));
show_debug_message(nested[? "apples"] + nested[? "oranges"]);
show_debug_message(ds_map_is_map(resultMap, "myObj") ? "marked map" : "not marked");
show_debug_message(ds_map_is_list(resultMap, "myArray") ? "marked list" : "not marked");
var list = resultMap[? "myArray"];
show_debug_message(ds_list_size(list));
show_debug_message(list[| 4]);
ds_map_destroy(resultMap);
show_debug_message(ds_exists(nested, ds_type_map) ? "nested alive" : "nested destroyed");
show_debug_message(ds_exists(list, ds_type_list) ? "list alive" : "list destroyed");
// values: true/false, null, strings
var v = json_decode("{\"t\": true, \"n\": null, \"s\": \"txt\"}");
show_debug_message(v[? "t"] ? "true" : "false");
show_debug_message(v[? "n"]);
show_debug_message(v[? "s"]);
ds_map_destroy(v);
