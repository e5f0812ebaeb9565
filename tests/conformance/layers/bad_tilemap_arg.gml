// A tile map id must be a number: a string is an error naming the function and argument.
var l = layer_create(0, "Tiles");
var tm = layer_tilemap_create(l, 0, 0, 0, 2, 2);
show_debug_message(tilemap_get(tm, 0, 0));
show_debug_message(tilemap_get("Tiles", 0, 0));
