// Path assets are constants holding path handles, known to the asset functions.
show_debug_message([pth_square, pth_curve, asset_get_index("pth_curve") == pth_curve, asset_get_type("pth_square") == asset_path]);
show_debug_message([path_exists(pth_square), path_get_name(pth_curve), path_get_number(pth_square), path_get_length(pth_square), path_get_closed(pth_square), path_get_kind(pth_square), path_get_precision(pth_square)]);
// The curve's settings and points come from its .yy: smooth, open, precision 1.
show_debug_message([path_get_kind(pth_curve), path_get_closed(pth_curve), path_get_precision(pth_curve), path_get_point_x(pth_curve, 2), path_get_point_speed(pth_curve, 2), path_get_x(pth_curve, 0.5), path_get_y(pth_curve, 0.5), path_get_speed(pth_curve, 0.5)]);
ends = 0;
// 16 of its 128 pixels per step, from its first point, round and round.
path_start(pth_square, 16, path_action_restart, true);
