// Time sources are ticked, and their callbacks run, between the Begin Step and the Step event,
// before alarms (manual: Time Sources, Event Order).
call_later(1, time_source_units_frames, function() { show_debug_message("time source"); });
instance_create_depth(0, 0, 0, obj_order);

#object obj_order
#event create
alarm[0] = 1;
#event step_begin
show_debug_message("begin step");
#event alarm0
show_debug_message("alarm 0");
#event step
show_debug_message("step");
game_end();
