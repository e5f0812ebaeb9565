// With no instance left, the game still runs while a timer is counting down, then ends
// (DESIGN.md section 4).
call_later(5, time_source_units_frames, function() { show_debug_message("done"); });
show_debug_message("start");
