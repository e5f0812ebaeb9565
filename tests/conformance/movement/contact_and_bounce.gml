// Moving to contact, out of overlap, and bouncing (manual: Movement): the tests are those of
// place_free (solid instances) and place_empty (any instance). Every sprite here is 10x10 with
// its origin at the top left.
var surf = surface_create(10, 10);
var spr = sprite_create_from_surface(surf, 0, 0, 10, 10, false, false, 0, 0);
object_set_sprite(obj_ball, spr);
object_set_sprite(obj_wall, spr);
object_set_sprite(obj_marker, spr);
instance_create_depth(50, 0, 0, obj_wall);
instance_create_depth(0, 40, 0, obj_marker);
instance_create_depth(0, 0, 0, obj_ball);

#object obj_wall
#event create
solid = true;

#object obj_marker

#object obj_ball
#event create
// Right until touching the wall (its left edge is x 50).
move_contact_solid(0, -1);
show_debug_message(["move_contact_solid", x, y]);
x = 0;
move_contact_solid(0, 15);
show_debug_message(["at most 15", x]);
// The marker is not solid: only move_contact_all stops at it.
x = 0;
move_contact_solid(270, 100);
show_debug_message(["solid ignores the marker", y]);
y = 0;
move_contact_all(270, 100);
show_debug_message(["move_contact_all", y]);
// Inside the wall: move_outside_solid steps left until clear.
x = 45;
y = 0;
move_outside_solid(180, -1);
show_debug_message(["move_outside_solid", x]);
move_outside_solid(180, -1);
show_debug_message(["already outside", x]);
// Simple bounce: heading into the wall reverses hspeed only.
x = 38;
y = 0;
hspeed = 4;
vspeed = 1;
move_bounce_solid(false);
show_debug_message(["move_bounce_solid", hspeed, vspeed]);
hspeed = 0;
vspeed = 0;
show_debug_message(["distance_to_object", distance_to_object(obj_wall), distance_to_point(60, 0)]);
// instance_copy and instance_change.
hp = 5;
alarm[0] = 7;
var c = instance_copy(false);
show_debug_message(["instance_copy", c.hp, c.x, c.alarm[0], c != id, c.object_index == obj_ball, instance_number(obj_ball)]);
c.alarm[0] = 3;
show_debug_message(["own alarms", alarm[0], c.alarm[0]]);
with (c) instance_change(obj_marker, false);
show_debug_message(["instance_change", instance_number(obj_ball), instance_number(obj_marker), c.object_index == obj_marker, c.hp]);
game_end();
