// Uses the sprites of this folder by name, as project code does.
show_debug_message(string(spr_ball) + " " + string(spr_wedge));
show_debug_message([sprite_get_width(spr_ball), sprite_get_number(spr_ball), sprite_get_xoffset(spr_ball)]);
show_debug_message(asset_get_index("spr_wedge") == spr_wedge);
show_debug_message(asset_get_type("spr_ball") == asset_sprite);
show_debug_message(sprite_get_speed(spr_ball));
var ball = instance_create_depth(100, 100, 0, obj_ball);
var wedge = instance_create_depth(120, 92, 0, obj_wedge);
show_debug_message([ball.bbox_left, ball.bbox_top, ball.bbox_right, ball.bbox_bottom]);
// the wedge's solid pixels are its upper-right triangle; the ball's mask is an ellipse
show_debug_message(collision_point(121, 106, obj_wedge, true, false));
show_debug_message(collision_point(134, 94, obj_wedge, true, false) == wedge);
with (ball) {
    show_debug_message(place_meeting(105, 100, obj_wedge));
    // boxes overlap, but the ellipse's corner misses the wedge's pixels
    show_debug_message(place_meeting(113, 100, obj_wedge));
    show_debug_message(place_meeting(120, 100, obj_wedge));
}
instance_destroy(ball);
instance_destroy(wedge);

#object obj_ball
#event create
sprite_index = spr_ball;
#object obj_wedge
#event create
sprite_index = spr_wedge;
