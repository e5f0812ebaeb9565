var _vals = [7, 4, 11, 9, 12, 21, 17];
var _n = array_map_ext(_vals, function(_el, _i) { return _el * _el; }, 2, 3);
show_debug_message(_n);
show_debug_message(_vals);
