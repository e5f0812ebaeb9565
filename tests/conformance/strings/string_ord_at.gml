var _greeting = "Hello World";
show_debug_message(string_ord_at(_greeting, 7));
show_debug_message(string_ord_at(_greeting, 0));
show_debug_message(string_ord_at(_greeting, 100));
show_debug_message(string_ord_at("", 1));
show_debug_message(string_ord_at("!£水🙂a", 2));
show_debug_message(string_ord_at("!£水🙂a", 3));
show_debug_message(string_ord_at("!£水🙂a", 4));
show_debug_message(string_ord_at(int64(1234), 2));
