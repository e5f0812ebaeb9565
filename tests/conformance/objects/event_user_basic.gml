// event_user(n) runs user event n on the calling instance (the parent's if the child lacks it);
// a missing user event does nothing; the event sees and changes the instance's variables.
instance_create_depth(0, 0, 0, obj_child);

#object obj_parent
#event other_user3
show_debug_message("parent user3 on " + object_get_name(object_index));
#event other_user15
show_debug_message("parent user15");

#object obj_child : obj_parent
#event create
n = 0;
event_user(3);
event_user(15);
event_user(7);
event_user(1);
event_user(1);
show_debug_message("done, n = " + string(n));
instance_destroy();
#event other_user1
show_debug_message("child user1, n = " + string(n));
n += 1;
