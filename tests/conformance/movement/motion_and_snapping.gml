// Motion functions (manual: Movement): motion_set, motion_add and move_towards_point write the
// motion variables, which stay in step; move_snap/place_snapped use a grid; move_wrap brings an
// instance back into the room from the other side.
instance_create_depth(100, 100, 0, obj_ship);

#object obj_ship
#event create
motion_set(90, 4);
show_debug_message(["motion_set", speed, direction, hspeed, vspeed]);
motion_add(0, 3);
show_debug_message(["motion_add", speed, direction, hspeed, vspeed]);
move_towards_point(100, 50, 2);
show_debug_message(["move_towards_point", speed, direction, hspeed, vspeed]);
x = 37;
y = 81;
show_debug_message(["place_snapped", place_snapped(16, 16), place_snapped(37, 0)]);
move_snap(16, 16);
show_debug_message(["move_snap", x, y, place_snapped(16, 16)]);
x = -10;
y = room_height + 20;
move_wrap(true, false, 5);
show_debug_message(["move_wrap horizontal", x == room_width, y == room_height + 20]);
move_wrap(false, true, 5);
show_debug_message(["move_wrap vertical", y]);
speed = 0;
x = 100;
y = 100;
// No sprite: the box is the position.
show_debug_message(["distance_to_point", distance_to_point(103, 104), distance_to_point(100, 100)]);
show_debug_message(["distance_to_object, none", distance_to_object(obj_rock)]);
var near = instance_create_depth(0, 0, 0, obj_rock);
var far = instance_create_depth(500, 500, 0, obj_rock);
show_debug_message(["distance_to_object", distance_to_object(obj_rock)]);
show_debug_message(["instance_nearest", instance_nearest(90, 90, obj_rock) == near, instance_furthest(90, 90, obj_rock) == far]);
show_debug_message(["nearest counts the caller", instance_nearest(0, 0, obj_ship) == id, instance_nearest(0, 0, obj_missing_none)]);
game_end();

#object obj_rock
#object obj_missing_none
