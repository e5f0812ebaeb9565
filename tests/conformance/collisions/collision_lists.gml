// The _list forms append ids to a ds_list and return how many; `ordered` sorts them by
// distance (here from the rectangle's centre), otherwise they come in creation order.
var surf = surface_create(10, 10);
var spr = sprite_create_from_surface(surf, 0, 0, 10, 10, false, false, 5, 5);
object_set_sprite(obj_box, spr);
var far = instance_create_depth(90, 0, 0, obj_box);
var near = instance_create_depth(10, 0, 0, obj_box);
var mid = instance_create_depth(50, 0, 0, obj_box);
var l = ds_list_create();
show_debug_message(collision_rectangle_list(0, -5, 100, 5, obj_box, false, false, l, false));
show_debug_message([l[| 0] == far, l[| 1] == near, l[| 2] == mid]);
ds_list_clear(l);
show_debug_message(collision_rectangle_list(0, -5, 30, 5, obj_box, false, false, l, true));
show_debug_message(ds_list_size(l));
ds_list_clear(l);
show_debug_message(collision_line_list(0, 0, 100, 0, obj_box, false, false, l, true));
show_debug_message([l[| 0] == near, l[| 1] == mid, l[| 2] == far]);
ds_list_add(l, "kept");
show_debug_message(collision_circle_list(50, 0, 45, obj_box, false, false, l, true));
show_debug_message(ds_list_size(l));
show_debug_message(l[| 3]);
show_debug_message(l[| 4] == mid);
ds_list_clear(l);
with (mid) {
    show_debug_message(instance_place_list(45, 0, obj_box, l, true));
    show_debug_message(instance_position_list(90, 0, obj_box, l, false));
}
show_debug_message(ds_list_size(l));
show_debug_message(collision_point_list(500, 500, obj_box, false, false, l, false));
ds_list_destroy(l);
with (obj_box) instance_destroy();
#object obj_box
