var _a = [7, 7, 7, 7];
for (var i = 0; i < array_length(_a); ++i) {
    _a[i] = -1;
}
show_debug_message(_a);
var _m = [[1, 2, 3], [4]];
show_debug_message(array_length(_m));
show_debug_message(array_length(_m[0]));
show_debug_message(array_length("abc"));
show_debug_message(array_length(undefined));
show_debug_message(array_length(12));
