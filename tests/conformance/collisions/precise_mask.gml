// Precise masks from a frame's pixels: a 16x16 sprite whose solid pixels are those with x >= y
// (the upper-right triangle). Until sprite_collision_mask makes it precise, the box decides;
// a non-precise check (prec false) always uses the box.
var b = buffer_base64_decode("iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAASElEQVR4nK3MSwoAIAwD0dz/0hXElfaT2A7M9sGa4dwGvhFYE7kBGfEACYkAGskACqmAEmGAFGGBEFEAF1GBB/kBMAFgAtjIAu4ChKavFYV3AAAAAElFTkSuQmCC");
buffer_save(b, "tri.png");
buffer_delete(b);
var spr = sprite_add("tri.png", 1, false, false, 0, 0);
show_debug_message([sprite_get_bbox_left(spr), sprite_get_bbox_top(spr), sprite_get_bbox_right(spr), sprite_get_bbox_bottom(spr)]);
var t = instance_create_depth(100, 100, 0, obj_t);
t.sprite_index = spr;
show_debug_message(collision_point(101, 110, obj_t, true, false) == t);
sprite_collision_mask(spr, false, bboxmode_automatic, 0, 0, 0, 0, bboxkind_precise, 0);
show_debug_message(collision_point(101, 110, obj_t, true, false));
show_debug_message(collision_point(101, 110, obj_t, false, false) == t);
show_debug_message(collision_point(110, 101, obj_t, true, false) == t);
show_debug_message(position_meeting(101.5, 110.5, obj_t));
show_debug_message(position_meeting(110.5, 101.5, obj_t));
show_debug_message(collision_line(100, 115, 115, 115, obj_t, true, false) == t);
show_debug_message(collision_line(100, 115, 114, 115, obj_t, true, false));
show_debug_message(collision_rectangle(100, 108, 106, 115, obj_t, true, false));
show_debug_message(collision_rectangle(100, 108, 106, 115, obj_t, false, false) == t);
var p = instance_create_depth(0, 0, 0, obj_p);
p.sprite_index = spr;
with (p) {
    // moved to (88, 109), p's solid triangle stays clear of t's: the boxes overlap, the pixels do not
    show_debug_message(place_meeting(88, 109, obj_t));
    show_debug_message(place_meeting(100, 100, obj_t));
    show_debug_message(place_meeting(95, 90, obj_t));
}
// a scaled instance: image_xscale 2 doubles the triangle's width
with (t) image_xscale = 2;
show_debug_message([t.bbox_left, t.bbox_right]);
show_debug_message(position_meeting(125.5, 108.5, obj_t));
show_debug_message(position_meeting(115.5, 108.5, obj_t));
instance_destroy(t);
instance_destroy(p);

#object obj_t
#object obj_p
