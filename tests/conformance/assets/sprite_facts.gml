// Sprite facts and the instance variables derived from them: a PNG strip of two 8x4 frames
// (frame 0: columns 0-3 solid; frame 1: columns 4-7 solid) added with sprite_add.
var b = buffer_base64_decode("iVBORw0KGgoAAAANSUhEUgAAABAAAAAECAYAAACHtL/sAAAAE0lEQVR4nGP4jwkYCGAMxUPcAACFs98hz8AkIwAAAABJRU5ErkJggg==");
buffer_save(b, "strip.png");
buffer_delete(b);
var spr = sprite_add("strip.png", 2, false, false, 4, 2);
show_debug_message([sprite_get_width(spr), sprite_get_height(spr), sprite_get_number(spr)]);
show_debug_message([sprite_get_xoffset(spr), sprite_get_yoffset(spr)]);
// automatic box: the solid pixels of both frames together
show_debug_message([sprite_get_bbox_left(spr), sprite_get_bbox_top(spr), sprite_get_bbox_right(spr), sprite_get_bbox_bottom(spr)]);
show_debug_message(sprite_add("missing.png", 1, false, false, 0, 0));

var i = instance_create_depth(100, 50, 0, obj_thing);
with (i) {
    show_debug_message([sprite_index, image_number, sprite_width, bbox_left, bbox_right]);
    sprite_index = spr;
    show_debug_message([image_number, sprite_width, sprite_height, sprite_xoffset, sprite_yoffset]);
    show_debug_message([bbox_left, bbox_top, bbox_right, bbox_bottom]);
    x += 10;
    show_debug_message([bbox_left, bbox_right]);
    image_xscale = -2;
    show_debug_message([sprite_width, sprite_xoffset, bbox_left, bbox_right]);
    image_xscale = 1;
    image_angle = 90;
    show_debug_message([bbox_left, bbox_top, bbox_right, bbox_bottom]);
    image_angle = 0;
    mask_index = -1;
    sprite_set_offset(spr, 0, 0);
    show_debug_message([bbox_left, bbox_top, sprite_xoffset]);
    bbox_left = 5; // read-only: ignored
    show_debug_message(bbox_left);
}
instance_destroy(i);

#object obj_thing
