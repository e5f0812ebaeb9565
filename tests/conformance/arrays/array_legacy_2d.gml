var _a = [[1, 2, 3], [4, 5]];
show_debug_message(array_height_2d(_a));
show_debug_message(array_length_2d(_a, 0));
show_debug_message(array_length_2d(_a, 1));
show_debug_message(array_length_1d(_a));
for (var i = 0; i < array_height_2d(_a); ++i) {
    for (var j = 0; j < array_length_2d(_a, i); ++j) {
        _a[i][j] = -1;
    }
}
show_debug_message(_a);
show_debug_message(array_length_1d(0));
