// Tile data bit fields (manual: Tile Map Functions > Tile Data): index in the low bits, then
// mirror, flip and rotate bits; the setters return new tile data and leave the other bits.
var t = tile_set_index(0, 12);
show_debug_message(tile_get_index(t));
show_debug_message(tile_get_empty(t));
t = tile_set_mirror(t, true);
show_debug_message(t == (12 | tile_mirror));
t = tile_set_flip(t, true);
t = tile_set_rotate(t, true);
show_debug_message([tile_get_mirror(t), tile_get_flip(t), tile_get_rotate(t), tile_get_index(t)]);
t = tile_set_flip(t, false);
show_debug_message([tile_get_mirror(t), tile_get_flip(t), tile_get_rotate(t)]);
t = tile_set_empty(t);
show_debug_message([tile_get_empty(t), tile_get_index(t), tile_get_rotate(t)]);
show_debug_message(tile_get_index(tile_set_index(t, 3) ) == 3);
show_debug_message(tile_index_mask);
show_debug_message([tile_mirror, tile_flip, tile_rotate]);
show_debug_message(tile_get_index(tile_index_mask + 1));
