// event_inherited() chains through three levels; each level's code runs once, in order.
instance_create_depth(0, 0, 0, obj_c);
with (obj_c) event_user(0);
instance_destroy(obj_a);

#object obj_a
#event create
show_debug_message("A create");
hp = 1;
#event other_user0
show_debug_message("A user0");

#object obj_b : obj_a
#event create
show_debug_message("B create before");
event_inherited();
hp += 10;
show_debug_message("B create after");
#event other_user0
event_inherited();
show_debug_message("B user0");

#object obj_c : obj_b
#event create
event_inherited();
hp += 100;
show_debug_message("C create, hp " + string(hp));
#event other_user0
event_inherited();
show_debug_message("C user0");
