// Cap a name at ten characters, as a text box would.
var _name = "Gandalf the Grey";
if (string_length(_name) > 10)
{
    _name = string_copy(_name, 1, 10);
}
show_debug_message(_name);
show_debug_message(string_length(_name));
show_debug_message(string_length("€59.99"));
show_debug_message(string_length("🙂"));
show_debug_message(string_length("💩👏✔"));
show_debug_message(string_length(""));
show_debug_message(string_length(1.5));
show_debug_message(string_length(12345));
