// Pausing time_source_game pauses every time source under it; time_source_global cannot be
// paused. Sources under the global time source run before those under the game one.
global.frame = 0;
var _game = time_source_create(time_source_game, 1, time_source_units_frames, function() {
    show_debug_message("game " + string(global.frame));
}, [], -1);
var _global = time_source_create(time_source_global, 1, time_source_units_frames, function() {
    show_debug_message("global " + string(global.frame));
    if (global.frame == 2) time_source_pause(time_source_game);
    if (global.frame == 4) time_source_resume(time_source_game);
    if (global.frame == 5) game_end();
}, [], -1);
time_source_start(_game);
time_source_start(_global);
show_debug_message(time_source_get_reps_remaining(_game));
show_debug_message(time_source_get_state(time_source_game) == time_source_state_active);
show_debug_message(time_source_get_state(time_source_global));
show_debug_message(array_length(time_source_get_children(time_source_global)));
instance_create_depth(0, 0, 0, obj_clock);

#object obj_clock
#event step_begin
global.frame++;
