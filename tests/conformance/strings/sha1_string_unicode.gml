show_debug_message(sha1_string_unicode("abc"));
