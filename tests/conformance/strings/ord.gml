show_debug_message(ord("W"));
show_debug_message(ord("A"));
show_debug_message(ord("0"));
show_debug_message(ord("£"));
show_debug_message(ord("€"));
show_debug_message(ord("🙂"));
show_debug_message(ord("Hello"));
show_debug_message(chr(ord("z")));
