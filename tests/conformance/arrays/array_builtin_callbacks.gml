var _mixed = [1, 2, 3, "a", "b", "c", 4, 5];
show_debug_message(array_copy_while(_mixed, is_numeric));
show_debug_message(array_copy_while(_mixed, is_string, 3, 3));
show_debug_message(array_filter(_mixed, is_string));
show_debug_message(array_any(_mixed, is_undefined));
show_debug_message(array_all([{}, {}], is_struct));
var _names = ["first", "second"];
array_foreach(_names, show_debug_message);
