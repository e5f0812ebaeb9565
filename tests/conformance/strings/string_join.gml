var _countdown = string_join("... ", "Ready", "Set", "Go!");
show_debug_message(_countdown);
show_debug_message(string_join(",", 12, "hello", [1, "two"]));
show_debug_message(string_join(", ", 0.5, true, undefined));
show_debug_message(string_join("🙂", "a", "b"));
show_debug_message("[" + string_join("-") + "]");
