var _s = "Hello world!Hello world!";
show_debug_message(string_last_pos("Hello", _s));
show_debug_message(string_last_pos("world", _s));
show_debug_message(string_last_pos("!", _s));
show_debug_message(string_last_pos("hello", _s));
show_debug_message(string_last_pos(",", "a,b,c"));
show_debug_message(string_last_pos("👏", "✔✔✔💩😀aa😁😂👏"));
show_debug_message(string_last_pos("合", "合気道"));
