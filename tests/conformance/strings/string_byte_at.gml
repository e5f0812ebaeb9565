var _greeting = "Hello World";
show_debug_message(string_byte_at(_greeting, 5));
show_debug_message(string_byte_at(_greeting, 0));
show_debug_message(string_byte_at(_greeting, 100));
show_debug_message(string_byte_at("!£水🙂a", 2));
show_debug_message(string_byte_at("!£水🙂a", 3));
show_debug_message(string_byte_at("!£水🙂a", 7));
show_debug_message(string_byte_at("!£水🙂a", 11));
