show_debug_message(md5_string_utf8(""));
show_debug_message(md5_string_utf8("abc"));
show_debug_message(md5_string_utf8("The quick brown fox jumps over the lazy dog"));
show_debug_message(md5_string_utf8("€"));
