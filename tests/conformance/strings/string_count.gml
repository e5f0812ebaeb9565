var _s = "Hello World";
show_debug_message(string_count("o", _s));
show_debug_message(string_count("l", _s));
show_debug_message(string_count("World", _s));
show_debug_message(string_count("xyz", _s));
show_debug_message(string_count("", _s));
show_debug_message(string_count("9", "£999.99"));
show_debug_message(string_count("💎", "🏡💎 👣💎🎤 💎"));
