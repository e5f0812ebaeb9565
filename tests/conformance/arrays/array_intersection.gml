var _a = [1, 1, 2, 7, 12];
var _b = [1, 2, 4, 5, 7];
var _c = [1, 4, 5, 7];
show_debug_message(array_intersection(_a, _b, _c));
show_debug_message(array_intersection(_a, []));
show_debug_message(array_intersection(["x", "y"], ["y", "z"]));
