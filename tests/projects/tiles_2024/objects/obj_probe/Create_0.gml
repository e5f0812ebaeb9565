// Every layer of the room, with its elements.
var layers = layer_get_all();
for (var i = 0; i < array_length(layers); i++) {
    var l = layers[i];
    var els = layer_get_all_elements(l);
    var types = [];
    for (var j = 0; j < array_length(els); j++) array_push(types, layer_get_element_type(els[j]));
    show_debug_message($"{layer_get_name(l)}: depth {layer_get_depth(l)}, visible {layer_get_visible(l)}, x {layer_get_x(l)}, hspeed {layer_get_hspeed(l)}, element types {types}");
}
show_debug_message($"my layer: {layer_get_name(layer)}, has me: {layer_has_instance(layer, id)}");
var els = layer_get_all_elements("Instances");
show_debug_message($"instance element is me: {layer_instance_get_instance(els[0]) == id}");

// The compressed tile data, read back as the room editor placed it.
var walls = layer_tilemap_get_id("Walls");
show_debug_message($"walls: {tilemap_get_width(walls)}x{tilemap_get_height(walls)}, tiles {tilemap_get_tile_width(walls)}x{tilemap_get_tile_height(walls)}, set {tilemap_get_tileset(walls) == ts_ground}");
for (var r = 0; r < 3; r++) {
    var row = "";
    for (var c = 0; c < 5; c++) row += string(tile_get_index(tilemap_get(walls, c, r))) + " ";
    show_debug_message(row);
}
var t = tilemap_get(walls, 0, 2);
show_debug_message($"cell 0,2: index {tile_get_index(t)}, mirror {tile_get_mirror(t)}, flip {tile_get_flip(t)}");

// Tile collisions for logic: the layer is offset 32 px, so pixel 40 is in column 0.
show_debug_message($"at pixel (40, 20): {tilemap_get_at_pixel(walls, 40, 20)} in cell {tilemap_get_cell_x_at_pixel(walls, 40, 20)},{tilemap_get_cell_y_at_pixel(walls, 40, 20)}");
show_debug_message($"at pixel (10, 10): {tilemap_get_at_pixel(walls, 10, 10)} (left of the map)");
show_debug_message($"solid below me: {tilemap_get_at_pixel(walls, x + 16, y + 16) != 0}");
tilemap_set_at_pixel(walls, 4, 64, 20);
show_debug_message($"after set at pixel (64, 20): {tilemap_get(walls, 2, 1)}");
show_debug_message($"index past the set: {tilemap_set(walls, 8, 0, 0)}, in it: {tilemap_set(walls, 7, 0, 0)}");

// The old TileSerialiseData format (the inherit bit is dropped).
var old = layer_tilemap_get_id("Old");
show_debug_message($"old: {tilemap_get(old, 0, 0)} {tilemap_get(old, 1, 0)} {tile_get_flip(tilemap_get(old, 0, 1))} {tilemap_get_tile_width(old)}");

// The background layer's colour and tiling from the room file.
var bg = layer_background_get_id("Background");
show_debug_message($"background: blend {layer_background_get_blend(bg)}, alpha {layer_background_get_alpha(bg)}, htiled {layer_background_get_htiled(bg)}, sprite {layer_background_get_sprite(bg)}");

// Tile set facts.
var info = tileset_get_info(ts_ground);
show_debug_message($"ts_ground: {info.tile_width}x{info.tile_height}, {info.tile_count} tiles, {info.frame_count} frames, animated tile 5: {info.frames[$ "5"]}");

// A sequence element keeps its properties; its sequence's length comes from the asset.
var s = layer_sequence_create("Instances", 10, 20, seq_intro);
show_debug_message($"sequence: length {layer_sequence_get_length(s)}, name {layer_sequence_get_sequence(s).name}, on layer {layer_get_name(layer_get_element_layer(s))}");
// Its loop mode is the asset's playback setting, one of the seqplay_* constants.
var seq = layer_sequence_get_instance(s).sequence;
show_debug_message($"loopmode {seq.loopmode} (pingpong {seq.loopmode == seqplay_pingpong}), modes {[seqplay_oneshot, seqplay_loop, seqplay_pingpong]}");
show_debug_message($"speed type {seq.playbackSpeedType}, volume {seq.volume}, keyframes {seq.messageEventKeyframes} {seq.momentKeyframes}, active {layer_sequence_get_instance(s).activeTracks}");
// A tile map's animation counts from its creation: Alarm 0 makes one 40 frames in.
alarm[0] = 40;
