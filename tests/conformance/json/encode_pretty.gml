// json_encode with prettify, and a decode/encode round trip of nested arrays and objects.
var m = ds_map_create();
var seasoning = ds_list_create();
ds_list_add(seasoning, "pepper", "salt");
ds_map_add_list(m, "seasoning", seasoning);
show_debug_message(json_encode(m, true));
var doc = json_decode("{\"grid\": [[1, 2], [3, {\"k\": null}]]}");
show_debug_message(json_encode(doc));
var rows = doc[? "grid"];
show_debug_message(ds_list_is_list(rows, 1) ? "row marked" : "row not marked");
show_debug_message(ds_list_find_value(rows[| 1], 0));
ds_map_destroy(doc);
ds_map_destroy(m);
