var _a = [1, 2, 3];
var _b = ["x"];
var _c = [[4]];
var _all = array_concat(_a, _b, _c);
show_debug_message(_all);
show_debug_message(_a);
show_debug_message(array_concat([], []));
