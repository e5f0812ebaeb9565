// event_perform(type, number) with the ev_* constants runs that event on the caller now.
instance_create_depth(0, 0, 0, obj_a);

#object obj_a
#event create
show_debug_message("create");
event_perform(ev_step, ev_step_normal);
event_perform(ev_step, ev_step_begin);
event_perform(ev_step, ev_step_end);
event_perform(ev_alarm, 4);
event_perform(ev_other, ev_user2);
event_perform(ev_other, ev_game_start);
event_perform(ev_alarm, 5);
show_debug_message("alarm4 still " + string(alarm[4]));
show_debug_message(string(ev_create) + " " + string(ev_destroy) + " " + string(ev_alarm) + " " + string(ev_step) + " " + string(ev_other) + " " + string(ev_user0) + " " + string(ev_user15));
instance_destroy();
#event step
show_debug_message("step");
#event step_begin
show_debug_message("begin step");
#event step_end
show_debug_message("end step");
#event alarm4
show_debug_message("alarm4");
#event other_user2
show_debug_message("user2");
#event other_game_start
show_debug_message("game start");
