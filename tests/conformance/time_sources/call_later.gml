// call_later runs its callback after the period (here in frames), once or looping until
// call_cancel; the timer is gone after its last call (manual: call_later, call_cancel).
global.frame = 0;
call_later(3, time_source_units_frames, function() {
    show_debug_message("once at frame " + string(global.frame));
});
global.loop = call_later(2, time_source_units_frames, function() {
    show_debug_message("loop at frame " + string(global.frame));
    if (global.frame >= 6) call_cancel(global.loop);
}, true);
var _never = call_later(1, time_source_units_frames, function() { show_debug_message("cancelled"); });
call_cancel(_never);
// call_later's timers are not time sources the time_source_* functions can use
show_debug_message(time_source_exists(global.loop));
instance_create_depth(0, 0, 0, obj_counter);

#object obj_counter
#event step_begin
global.frame++;
if (global.frame == 10) game_end();
