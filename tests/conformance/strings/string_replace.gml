show_debug_message(string_replace("Hello Earth", "Earth", "World"));
show_debug_message(string_replace("Hello Earth!Earth", "Earth", "World"));
show_debug_message(string_replace("Hello Earth!Earth", "Earth", ""));
show_debug_message(string_replace("Hello Earth", "", "World"));
show_debug_message(string_replace("Hello Earth", "Mars", "World"));
show_debug_message(string_replace("Hello Earth", "Earth", 1.234));
show_debug_message(string_replace("The quick brown 🙂 jumps", "🙂", "fox"));
