var _numbers = [1, 2, 3, 4, 5];
var _double = function(_el, _i) { return _el * 2; };
show_debug_message(array_map(_numbers, _double));
show_debug_message(_numbers);
show_debug_message(array_map(_numbers, _double, 1, 2));
show_debug_message(array_map(["a", "b"], function(_el, _i) { return _el + string(_i); }));
