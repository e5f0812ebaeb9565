// Values that are not strings are converted with string() first.
show_debug_message(string_length(int64(9007199254740993)));
show_debug_message(string_upper(true));
show_debug_message(string_copy([1, 2], 1, 3));
show_debug_message(string_replace({a : 1}, "a", "b"));
show_debug_message(string_pos("undefined", undefined));
// Number arguments accept numeric strings.
show_debug_message(string_copy("Hello World", "7", "5"));
show_debug_message(string_repeat("ab", "3"));
