// Cameras keep their view settings, matrices and scripts; nothing is drawn with them.
var cam = camera_create_view(0, 0, 640, 360, 0, noone, 4, 4, 32, 32);
show_debug_message([camera_get_view_x(cam), camera_get_view_y(cam), camera_get_view_width(cam), camera_get_view_height(cam)]);
show_debug_message([camera_get_view_speed_x(cam), camera_get_view_border_y(cam), camera_get_view_target(cam)]);
show_debug_message(camera_get_view_mat(cam));
camera_set_view_pos(cam, 100, 50);
camera_set_view_size(cam, 320, 180);
camera_set_view_angle(cam, 45);
show_debug_message([camera_get_view_x(cam), camera_get_view_y(cam), camera_get_view_width(cam), camera_get_view_angle(cam)]);

var proj = matrix_build_projection_perspective_fov(60, 16 / 9, 1, 1000);
camera_set_proj_mat(cam, proj);
// The camera keeps it with the y axis flipped (element 5 negated), as GameMaker does.
var got = camera_get_proj_mat(cam);
show_debug_message([array_equals(got, proj), got[5] == -proj[5]]);
got[5] *= -1;
show_debug_message(array_equals(got, proj));

show_debug_message([camera_get_update_script(cam), camera_get_begin_script(cam)]);
var follow = function() { };
camera_set_update_script(cam, follow);
show_debug_message(camera_get_update_script(cam) == follow);
camera_set_update_script(cam, -1);
show_debug_message(camera_get_update_script(cam));

var before = camera_get_default();
camera_set_default(cam);
show_debug_message([before != cam, camera_get_default() == cam, camera_get_active()]);
camera_destroy(cam);
camera_get_view_x(cam);
