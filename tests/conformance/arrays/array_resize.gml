var _a = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
if (array_length(_a) > 10) {
    array_resize(_a, 10);
}
show_debug_message(_a);
array_resize(_a, 2);
show_debug_message(_a);
array_resize(_a, 4);
show_debug_message(_a);
var _g = [[1, 2, 3], [4]];
array_resize(_g[0], 1);
show_debug_message(_g);
array_resize(_a, 0);
show_debug_message(_a);
