show_debug_message(abs(-5));
show_debug_message(abs(5));
show_debug_message(abs(-9.9));
show_debug_message(abs(0));
show_debug_message(abs(-infinity));
var _x = -3;
_x = abs(_x) * 2;
show_debug_message(_x);
