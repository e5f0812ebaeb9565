var _even = function(_el, _i) { return (_el mod 2) == 0; };
var _vals = [1, 2, 3, 4, 5, 6, 7, 8, 9];
var _n = array_filter_ext(_vals, _even, -2, -infinity);
show_debug_message(_n);
show_debug_message(_vals);
var _front = [5, 6, 7, 8];
show_debug_message(array_filter_ext(_front, _even));
show_debug_message(_front);
