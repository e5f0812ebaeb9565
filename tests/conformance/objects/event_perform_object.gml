// event_perform_object runs another object's event (its own or inherited) on the calling
// instance: self is the caller, the code is the other object's.
var p = instance_create_depth(0, 0, 0, obj_player);
with (p) {
    event_perform_object(obj_enemy, ev_other, ev_user0);
    show_debug_message("hp " + string(hp));
    event_perform_object(obj_boss, ev_other, ev_user0); // inherited from obj_enemy
    show_debug_message("hp " + string(hp));
    event_perform_object(obj_boss, ev_other, ev_user1);
    show_debug_message("hp " + string(hp));
    event_perform_object(obj_enemy, ev_other, ev_user5); // no such event: nothing happens
    show_debug_message(object_get_name(object_index));
}
event_perform_object(12345, ev_other, ev_user0);

#object obj_player
#event create
hp = 10;

#object obj_enemy
#event other_user0
hp -= 1;
show_debug_message("enemy user0 on " + object_get_name(object_index));

#object obj_boss : obj_enemy
#event other_user1
hp *= 3;
event_inherited();
