// A time source's life: created in the initial state, started, counting repetitions, paused,
// resumed, stopped, reset, reconfigured and destroyed (manual: Time Sources and its functions).
global.frame = 0;
global.calls = 0;
global.ts = time_source_create(time_source_game, 2, time_source_units_frames, function(_a, _b) {
    global.calls++;
    show_debug_message($"callback {_a}{_b} at frame {global.frame}");
}, ["x", "y"], 3);
show_debug_message(time_source_exists(global.ts));
show_debug_message(time_source_get_state(global.ts) == time_source_state_initial);
show_debug_message(time_source_get_parent(global.ts) == time_source_game);
show_debug_message(time_source_get_period(global.ts));
show_debug_message(time_source_get_units(global.ts) == time_source_units_frames);
show_debug_message(time_source_get_reps_remaining(global.ts));
show_debug_message(array_length(time_source_get_children(time_source_game)));
time_source_start(global.ts);
show_debug_message(time_source_get_state(global.ts) == time_source_state_active);
instance_create_depth(0, 0, 0, obj_driver);

#object obj_driver
#event step_begin
global.frame++;
#event step
var _ts = global.ts;
switch (global.frame) {
    case 1:
        show_debug_message($"remaining {time_source_get_time_remaining(_ts)}");
        break;
    case 3:
        time_source_pause(_ts);
        show_debug_message(time_source_get_state(_ts) == time_source_state_paused);
        break;
    case 5:
        time_source_resume(_ts);
        break;
    case 8:
        show_debug_message($"completed {time_source_get_reps_completed(_ts)} remaining {time_source_get_reps_remaining(_ts)}");
        show_debug_message(time_source_get_state(_ts) == time_source_state_stopped);
        // starting a finished source runs it again from the beginning
        time_source_start(_ts);
        break;
    case 10:
        time_source_stop(_ts);
        show_debug_message(time_source_get_state(_ts) == time_source_state_stopped);
        time_source_reset(_ts);
        show_debug_message(time_source_get_state(_ts) == time_source_state_initial);
        show_debug_message(time_source_get_reps_completed(_ts));
        time_source_reconfigure(_ts, 1, time_source_units_seconds, function() {}, [], -1);
        show_debug_message(time_source_get_units(_ts) == time_source_units_seconds);
        show_debug_message(time_source_get_reps_remaining(_ts));
        time_source_destroy(_ts);
        show_debug_message(time_source_exists(_ts));
        show_debug_message(time_source_get_period(_ts));
        game_end();
        break;
}
