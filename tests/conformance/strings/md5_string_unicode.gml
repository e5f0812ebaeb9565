show_debug_message(md5_string_unicode(""));
show_debug_message(md5_string_unicode("abc"));
