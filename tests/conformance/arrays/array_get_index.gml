var _arr = array_create(20, 1);
_arr[12] = 13;
show_debug_message(array_get_index(_arr, 13));
var _l = ["p", "q", "r", "q", "p"];
show_debug_message(array_get_index(_l, "q"));
show_debug_message(array_get_index(_l, "q", 2));
show_debug_message(array_get_index(_l, "q", -1, -infinity));
show_debug_message(array_get_index(_l, "z"));
show_debug_message(array_get_index(_l, "p", 1, 3));
