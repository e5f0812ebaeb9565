var _a = [1, 2, 3];
var _b = _a;
array_push(_b, 4);
show_debug_message(_a);
var _f = function(_arr) { array_set(_arr, 0, "changed"); };
_f(_a);
show_debug_message(_b);
