var _text = "Dear Bob, hello";
var _comma = string_pos(",", _text);
show_debug_message(_comma);
if (_comma != 0)
{
    show_debug_message(string_insert(" Smith", _text, _comma));
}
show_debug_message(string_pos("hello", _text));
show_debug_message(string_pos("Hello", _text));
show_debug_message(string_pos("🙂", "This is a test 🙂"));
show_debug_message(string_pos("aa", "✔✔✔💩😀😁😂👏aa"));
show_debug_message(string_pos(3, 12345));
