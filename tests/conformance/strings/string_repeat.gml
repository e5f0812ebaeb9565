show_debug_message(string_repeat("Hello World", 3));
show_debug_message(string_repeat("🙂", 4));
show_debug_message(string_repeat(12, 2));
show_debug_message(string_repeat("ab", 2.9));
show_debug_message("[" + string_repeat("ab", 0) + "]");
show_debug_message("[" + string_repeat("ab", -1) + "]");
