// At 60 frames per second and 30 animation frames per second, a tile map made now starts at
// frame 0 and moves one frame every two game frames, wrapping after ts_ground's 3 frames.
var tm = layer_tilemap_create("Decor", 0, 0, ts_ground, 2, 2);
show_debug_message($"new tile map: frame {tilemap_get_frame(tm)}");
game_end();
