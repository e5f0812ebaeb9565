var _a1 = [1, 2, 3, 4];
var _a2 = [3, 4, 5];
var _a3 = [5, 6, 6, 1];
show_debug_message(array_union(_a1, _a2, _a3));
show_debug_message(array_union(["b", "a", "b"]));
