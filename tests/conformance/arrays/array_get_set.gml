var _list = ["zero", "one", "two"];
for (var i = 0; i < 3; ++i) {
    show_debug_message(array_get(_list, i));
}
array_set(_list, 1, 100);
show_debug_message(_list);
var _grid = [[1, 2], [3, 4]];
array_set(_grid[1], 0, 30);
show_debug_message(array_get(_grid[1], 0));
array_set(_list, 5, "five");
show_debug_message(_list);
