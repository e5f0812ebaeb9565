function debug_character(_character, _position)
{
    show_debug_message(string(_position) + ": " + _character);
}
string_foreach("test", debug_character);
string_foreach("1234567890", debug_character, -1, -3);
string_foreach("a🙂b", debug_character, 2, 2);
string_foreach("xyz", debug_character, 0, 1);
