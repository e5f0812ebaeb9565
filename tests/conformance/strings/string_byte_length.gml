show_debug_message(string_byte_length("Hello World"));
show_debug_message(string_byte_length("£99.99"));
show_debug_message(string_byte_length("€59.99"));
show_debug_message(string_byte_length("🙂"));
show_debug_message(string_byte_length(""));
