// ds_map_write gives GameMaker's hex string; ds_map_read clears the map and restores it.
var m = ds_map_create();
m[? "hp"] = 100;
var saved = ds_map_write(m);
show_debug_message(saved);
var loaded = ds_map_create();
loaded[? "old"] = "discarded";
ds_map_read(loaded, saved);
show_debug_message(ds_map_size(loaded));
show_debug_message(loaded[? "hp"]);
show_debug_message(loaded[? "old"]);
// strings, reals and arrays survive a round trip
var mixed = ds_map_create();
mixed[? 1] = "one";
mixed[? "list"] = [1.5, "two", [3]];
ds_map_read(loaded, ds_map_write(mixed));
show_debug_message(loaded[? 1]);
show_debug_message(loaded[? "list"]);
show_debug_message(ds_map_size(loaded));
ds_map_destroy(m);
ds_map_destroy(mixed);
ds_map_destroy(loaded);
