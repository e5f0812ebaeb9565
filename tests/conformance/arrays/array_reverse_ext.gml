var _vals = [1, 2, 3, 4, 8, 7, 6, 5];
var _n = array_reverse_ext(_vals, -4, 4);
show_debug_message(_vals);
show_debug_message(_n);
var _all = ["a", "b", "c"];
array_reverse_ext(_all);
show_debug_message(_all);
