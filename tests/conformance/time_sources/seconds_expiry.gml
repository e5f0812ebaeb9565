// Seconds count game time (one frame period per frame at the game speed, 60 here). A period of
// 0.02 s ends between frame 1 (16.7 ms) and frame 2 (33.3 ms): time_source_expire_nearest calls
// back on frame 1, the nearer one, time_source_expire_after on frame 2, the first frame after
// (manual: Time Source Expiry Types).
global.frame = 0;
var _near = time_source_create(time_source_game, 0.02, time_source_units_seconds, function() {
    show_debug_message("nearest at frame " + string(global.frame));
}, [], 1, time_source_expire_nearest);
var _after = time_source_create(time_source_game, 0.02, time_source_units_seconds, function() {
    show_debug_message("after at frame " + string(global.frame));
}, [], 1, time_source_expire_after);
time_source_start(_near);
time_source_start(_after);
show_debug_message(time_source_get_period(_near));
show_debug_message(time_bpm_to_seconds(120));
show_debug_message(time_seconds_to_bpm(0.5));
instance_create_depth(0, 0, 0, obj_clock);

#object obj_clock
#event step_begin
global.frame++;
if (global.frame == 4) game_end();
