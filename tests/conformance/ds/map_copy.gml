// ds_map_copy clears the destination and copies the source; the two stay independent.
var inventory_1 = ds_map_create();
inventory_1[? "sword"] = 1;
inventory_1[? "bow"] = 2;
var inventory_2 = ds_map_create();
inventory_2[? "junk"] = 99;
ds_map_copy(inventory_2, inventory_1);
show_debug_message(ds_map_size(inventory_2));
show_debug_message(inventory_2[? "junk"]);
show_debug_message(inventory_2[? "bow"]);
inventory_2[? "sword"] = 10;
show_debug_message(inventory_1[? "sword"]);
ds_map_destroy(inventory_1);
ds_map_destroy(inventory_2);
