// A tile map made at run time (manual: layer_tilemap_create, tilemap_set/get, tilemap_clear,
// tilemap_set_width): cells start empty, out-of-range cells read -1, resizing keeps the tiles
// that still fit, a destroyed tile map reads -1 everywhere.
var l = layer_create(0, "Collision");
var tm = layer_tilemap_create(l, 16, 32, 0, 4, 3);
show_debug_message([layer_tilemap_exists(l, tm), layer_tilemap_exists("Collision", tm), layer_tilemap_get_id(l) == tm]);
show_debug_message([tilemap_get_width(tm), tilemap_get_height(tm), tilemap_get_x(tm), tilemap_get_y(tm)]);
show_debug_message(tilemap_get(tm, 3, 2));
show_debug_message([tilemap_get(tm, 4, 0), tilemap_get(tm, 0, -1)]);
show_debug_message(tilemap_set(tm, tile_set_flip(5, true), 3, 2));
show_debug_message(tilemap_set(tm, 5, 4, 2));
var t = tilemap_get(tm, 3, 2);
show_debug_message([tile_get_index(t), tile_get_flip(t)]);
tilemap_set(tm, 7, 0, 0);
tilemap_set_width(tm, 2);
show_debug_message([tilemap_get_width(tm), tilemap_get(tm, 0, 0), tilemap_get(tm, 3, 2)]);
tilemap_set_height(tm, 5);
show_debug_message([tilemap_get_height(tm), tilemap_get(tm, 0, 0), tilemap_get(tm, 1, 4)]);
tilemap_clear(tm, 2);
show_debug_message([tilemap_get(tm, 0, 0), tilemap_get(tm, 1, 4)]);
tilemap_x(tm, -8);
tilemap_y(tm, 4);
show_debug_message([tilemap_get_x(tm), tilemap_get_y(tm)]);
show_debug_message([tilemap_get_mask(tm), tilemap_get_global_mask()]);
tilemap_set_mask(tm, tile_index_mask);
show_debug_message(tilemap_get_mask(tm));
show_debug_message(layer_get_element_type(tm) == layerelementtype_tilemap);
layer_tilemap_destroy(tm);
show_debug_message([layer_tilemap_exists(l, tm), tilemap_get(tm, 0, 0), tilemap_get_width(tm), layer_tilemap_get_id(l)]);
show_debug_message(layer_tilemap_create("no such layer", 0, 0, 0, 2, 2));
