var _positive = function(_el, _i) { return _el > 0; };
var _vals = [-1, -8, -2, 0, 3, 8, 7, 5];
show_debug_message(array_find_index(_vals, _positive));
show_debug_message(array_find_index(_vals, _positive, -1, -infinity));
show_debug_message(array_find_index([-1, -2], _positive));
show_debug_message(array_find_index(_vals, function(_el, _i) { return _i == 2; }));
