var _numbers = [8, 23, 54, 656];
var _str = string_ext("The three lowest numbers are: {0}, {1} and {2}", _numbers);
show_debug_message(_str);
show_debug_message(string_ext("{1} comes before {0}", ["b", "a"]));
show_debug_message(string_ext("{0} {3} {x} {}", [1.5]));
show_debug_message(string_ext("{0}{0}{0}", ["ab"]));
show_debug_message(string_ext("{0} {1} {2}", [12, "hello", []]));
show_debug_message(string_ext("no placeholders", []));
