// event_type, event_number and event_object name the event being run (manual: Object Events);
// outside every event they are -1.
show_debug_message([event_type, event_number, event_object]);
function where_am_i() {
    return string(event_type) + "/" + string(event_number) + " of " + object_get_name(event_object);
}
instance_create_depth(0, 0, 0, obj_child);

#object obj_parent
#event create
show_debug_message("parent create: " + where_am_i());
#event other_user1
show_debug_message("user 1: " + where_am_i() + " on " + object_get_name(object_index));

#object obj_child : obj_parent
#event create
event_inherited();
show_debug_message("child create: " + where_am_i());
alarm[3] = 1;
#event alarm3
show_debug_message([event_type == ev_alarm, event_number]);
event_user(1);
#event step_end
show_debug_message([event_type == ev_step, event_number == ev_step_end]);
game_end();
