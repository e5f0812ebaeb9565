var _message = "Hello World.";
if (string_ends_with(_message, ".") || string_ends_with(_message, "?") || string_ends_with(_message, "!"))
{
    show_debug_message("The message is a valid sentence.");
}
show_debug_message(string_ends_with(_message, "World"));
show_debug_message(string_ends_with("🏡🔠👸👟", "👸👟"));
show_debug_message(string_ends_with(1.5, "50"));
