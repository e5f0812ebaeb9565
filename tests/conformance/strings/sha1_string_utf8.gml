show_debug_message(sha1_string_utf8("abc"));
show_debug_message(sha1_string_utf8("The quick brown fox jumps over the lazy dog"));
