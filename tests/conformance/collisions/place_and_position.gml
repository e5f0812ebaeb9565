// place_*/position_*/collision_* against 16x16 rectangle masks (origin 0,0). Boxes that only
// touch do not collide; results are instance ids or noone (-4).
var surf = surface_create(16, 16);
var spr = sprite_create_from_surface(surf, 0, 0, 16, 16, false, false, 0, 0);
object_set_sprite(obj_ball, spr);
object_set_sprite(obj_wall, spr);
object_set_solid(obj_wall, true);
var a = instance_create_depth(0, 0, 0, obj_ball);
var w = instance_create_depth(40, 0, 0, obj_wall);
var nomask = instance_create_depth(200, 200, 0, obj_ghost);
show_debug_message(object_get_solid(obj_wall));
show_debug_message(w.solid);
with (a) {
    show_debug_message(place_meeting(24, 0, obj_wall));
    show_debug_message(place_meeting(25, 0, obj_wall));
    show_debug_message(instance_place(30, 0, obj_wall) == w);
    show_debug_message(instance_place(0, 0, obj_wall));
    show_debug_message(instance_place(30, 0, all) == w);
    show_debug_message(place_meeting(30, 0, w));
    show_debug_message(place_meeting(30, 0, [obj_ghost, obj_wall]));
    show_debug_message(place_meeting(0, 0, obj_ball));
    show_debug_message(place_free(30, 0));
    show_debug_message(place_free(0, 30));
    show_debug_message(place_empty(30, 0));
    show_debug_message(place_empty(30, 0, obj_ghost));
    show_debug_message(place_meeting(200, 200, obj_ghost));
    show_debug_message(position_meeting(40, 0, obj_wall));
    show_debug_message(position_meeting(55.5, 15.5, obj_wall));
    show_debug_message(position_meeting(56, 0, obj_wall));
    show_debug_message(instance_position(45, 5, obj_wall) == w);
    show_debug_message(collision_point(5, 5, obj_ball, false, false) == a);
    show_debug_message(collision_point(5, 5, obj_ball, false, true));
    show_debug_message(collision_rectangle(30, 0, 41, 5, obj_wall, false, true) == w);
    show_debug_message(collision_rectangle(30, 0, 40, 5, obj_wall, false, true));
    show_debug_message(collision_circle(30, 8, 10.5, obj_wall, false, true) == w);
    show_debug_message(collision_circle(30, 8, 9.5, obj_wall, false, true));
    show_debug_message(collision_ellipse(30, 20, 50, 40, obj_wall, false, true));
    show_debug_message(collision_line(0, 8, 100, 8, obj_wall, false, true) == w);
    show_debug_message(collision_line(0, 20, 100, 20, obj_wall, false, true));
}
instance_destroy(a);
instance_destroy(w);
instance_destroy(nomask);

#object obj_ball
#object obj_wall
#object obj_ghost
