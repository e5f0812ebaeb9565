var _result = string_concat("W", "o", "r", "d", "s");
show_debug_message(_result);
show_debug_message(string_concat(1, "+", 1, "=", 2));
show_debug_message(string_concat(1.5, [1], true));
show_debug_message(string_concat("合気道", "🙂"));
show_debug_message("[" + string_concat() + "]");
