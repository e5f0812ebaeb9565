var _message = "Hello world";
if (string_starts_with(_message, "Hello"))
{
    show_debug_message("Greeting successful!");
}
show_debug_message(string_starts_with(_message, "hello"));
show_debug_message(string_starts_with(_message, ""));
show_debug_message(string_starts_with("🏡🔠👸👟", "🏡🔠"));
show_debug_message(string_starts_with("ab", "abc"));
