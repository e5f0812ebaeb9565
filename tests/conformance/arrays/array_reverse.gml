var _countdown = [5, 4, 3, 2, 1, 0];
var _up = array_reverse(_countdown);
show_debug_message(_up);
show_debug_message(_countdown);
show_debug_message(array_reverse(_countdown, 1, 3));
show_debug_message(array_reverse(_countdown, -2));
show_debug_message(array_reverse([]));
