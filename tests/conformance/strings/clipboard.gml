clipboard_set_text("Score: 1200");
show_debug_message(clipboard_has_text());
show_debug_message(clipboard_get_text());
clipboard_set_text(42);
show_debug_message(clipboard_get_text());
