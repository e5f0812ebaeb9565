// Keys keep their type: the real 8 and the string "8" are different keys; any value can be a key.
var key_struct = { a : 10, b : "Some text" };
var pairs = ds_map_create();
ds_map_set(pairs, "score", "string key");
ds_map_set(pairs, 8, "real key");
ds_map_set(pairs, "8", "string eight");
ds_map_set(pairs, key_struct, "struct key");
ds_map_set(pairs, 89.6, "hello world");
show_debug_message(pairs[? "score"]);
show_debug_message(pairs[? 8]);
show_debug_message(pairs[? "8"]);
show_debug_message(pairs[? key_struct]);
show_debug_message(pairs[? { a : 10, b : "Some text" }]);
show_debug_message(pairs[? 89.6]);
show_debug_message(ds_map_size(pairs));
ds_map_destroy(pairs);
