var _x = 100 + lengthdir_x(64, 0);
var _y = 100 + lengthdir_y(64, 0);
show_debug_message(_x);
show_debug_message(_y);
show_debug_message(lengthdir_y(10, 90));
show_debug_message(lengthdir_x(10, 180));
show_debug_message(lengthdir_y(10, 270));
show_debug_message(lengthdir_x(10, 45));
show_debug_message(lengthdir_y(10, 45));
