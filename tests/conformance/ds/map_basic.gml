// An inventory kept in a ds_map (ds_map_create, add, set, accessor, find_value, size, empty).
var inv = ds_map_create();
ds_map_add(inv, "potion", 3);
ds_map_add(inv, "gold", 250);
inv[? "arrows"] = 40;
ds_map_set(inv, "gold", 275);
show_debug_message(inv[? "gold"]);
show_debug_message(ds_map_find_value(inv, "potion"));
show_debug_message(inv[? "arrows"] + 2);
show_debug_message(ds_map_size(inv));
show_debug_message(ds_map_empty(inv) ? "empty" : "not empty");
// a missing key reads as undefined
show_debug_message(inv[? "sword"]);
show_debug_message(is_undefined(ds_map_find_value(inv, "shield")) ? "no shield" : "shield");
ds_map_destroy(inv);
