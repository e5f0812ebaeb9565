var _vals = [1, 1, 2, 3, 3, 4, 4];
var _n = array_unique_ext(_vals);
show_debug_message(_n);
array_resize(_vals, _n);
show_debug_message(_vals);
