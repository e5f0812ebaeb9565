var _sentence = string_join_ext(" ", ["This", "example", "joins", "words"]);
show_debug_message(_sentence);
var _letters = ["a", "b", "c", "d", "e"];
show_debug_message(string_join_ext("-", _letters, 1, 2));
show_debug_message(string_join_ext("-", _letters, -1, -2));
show_debug_message(string_join_ext("-", _letters, 3));
show_debug_message(string_join_ext("-", _letters, 2, -infinity));
show_debug_message(string_join_ext(", ", [1, 2.5, "x"]));
show_debug_message("[" + string_join_ext(",", []) + "]");
