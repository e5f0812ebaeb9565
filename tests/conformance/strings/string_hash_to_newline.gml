var _s = string_hash_to_newline("Hello#World");
show_debug_message(string_replace_all(_s, "\r\n", "<newline>"));
show_debug_message(string_length(_s));
show_debug_message(string_replace_all(string_hash_to_newline("£99#99#"), "\r\n", "|"));
