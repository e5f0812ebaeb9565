var _numbers = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
array_shuffle_ext(_numbers);
show_debug_message(array_length(_numbers));
array_sort(_numbers, true);
show_debug_message(_numbers);
var _keep = [1, 2, 3, 4, 5, 6];
array_shuffle_ext(_keep, 3);
show_debug_message([_keep[0], _keep[1], _keep[2]]);
show_debug_message(_keep[3] + _keep[4] + _keep[5]);
