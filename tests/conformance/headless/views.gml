// The views built-ins (manual: Cameras and Display > Views): view_camera[], view_visible[],
// the port arrays and view_enabled read back what code writes, through the arrays and the
// view_get_*/view_set_* functions alike; view_current is read-only.
show_debug_message([view_enabled, view_current, view_camera[0], view_visible[0], view_wport[0], view_surface_id[7]]);
view_enabled = true;
var cam = camera_create_view(0, 0, 640, 360);
view_camera[0] = cam;
view_visible[0] = true;
view_set_wport(1, 640);
show_debug_message([view_enabled, view_get_camera(0) == cam, view_get_visible(0), view_wport[1], array_length(view_camera)]);
camera_set_view_size(view_camera[0], 320, 180);
show_debug_message(camera_get_view_width(view_camera[0]));
view_current = 2;
