// Stepping towards a goal (manual: Motion Planning). Every sprite is 10 x 10 with its origin at
// the top left; the wall is solid, the marker is not.
var surf = surface_create(10, 10);
var spr = sprite_create_from_surface(surf, 0, 0, 10, 10, false, false, 0, 0);
object_set_sprite(obj_walker, spr);
object_set_sprite(obj_wall, spr);
object_set_sprite(obj_marker, spr);
instance_create_depth(50, 0, 0, obj_wall);
instance_create_depth(0, 30, 0, obj_marker);
instance_create_depth(0, 0, 0, obj_walker);

#object obj_wall
#event create
solid = true;

#object obj_marker

#object obj_walker
#event create
// Straight steps of 15 towards (100, 0) until the next place meets the wall (its left edge is
// x 50); the result says whether the goal was reached.
var r1 = mp_linear_step(100, 0, 15, false);
var r2 = mp_linear_step(100, 0, 15, false);
var r3 = mp_linear_step(100, 0, 15, false);
show_debug_message(["linear", r1, r2, r3, x, y, direction]);
// Within a step the goal counts as reached even if the place there is taken.
show_debug_message(["within a step", mp_linear_step(45, 0, 20, false), x]);
// Only checkall (or the _object form) sees the marker below.
x = 0;
show_debug_message(["checkall", mp_linear_step(0, 100, 25, false), y, direction]);
y = 0;
show_debug_message(["checkall", mp_linear_step(0, 100, 25, true), y, mp_linear_step_object(0, 100, 25, obj_marker), y]);
// A potential step: the wall 35 pixels ahead blocks the straight line 3 steps ahead, and 10
// degrees to either side; 20 degrees to the right is clear.
x = 0;
y = 0;
direction = 0;
instance_create_depth(35, 0, 0, obj_wall);
var r = mp_potential_step(100, 0, 10, false);
show_debug_message(["potential", r, x, y, direction]);
// Turning at most 10 degrees, nothing is clear: the instance turns on the spot by 10.
x = 0;
y = 0;
direction = 0;
mp_potential_settings(10, 10, 3, true);
show_debug_message(["on the spot", mp_potential_step(100, 0, 10, false), x, y, direction]);
mp_potential_settings(30, 10, 3, true);
// The path forms try the steps without moving the instance; a blocked way leaves the steps
// made so far in the path.
var p = path_add();
show_debug_message(["linear path", mp_linear_path(p, 0, 25, 10, false), x, y, path_get_number(p), path_get_point_y(p, 2), path_get_point_y(p, 3)]);
show_debug_message(["blocked", mp_linear_path(p, 100, 0, 10, false), path_get_number(p), path_get_point_x(p, 2), path_get_closed(p)]);
direction = 270;
show_debug_message(["potential path", mp_potential_path(p, 0, 25, 10, 2, false), path_get_number(p), path_get_point_y(p, 3), x, y]);
// A factor below 1 or a step of 0 finds nothing.
show_debug_message(["bad", mp_potential_path(p, 0, 25, 10, 0.5, false), mp_linear_path(p, 0, 25, 0, false), path_get_number(p)]);
game_end();
