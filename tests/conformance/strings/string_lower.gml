show_debug_message(string_lower("Hello World"));
show_debug_message(string_lower("HeLlO WoRlD! ÉÀ"));
show_debug_message(string_lower("!£水🙂"));
