var _some_letters = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];
show_debug_message(string_concat_ext(_some_letters, -5, -3));
show_debug_message(string_concat_ext(_some_letters));
show_debug_message(string_concat_ext(_some_letters, 7));
show_debug_message(string_concat_ext(_some_letters, 100, 3));
show_debug_message(string_concat_ext([1, 2, 3], 0, 2));
