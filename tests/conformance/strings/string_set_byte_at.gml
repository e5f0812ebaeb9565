show_debug_message(string_set_byte_at("hello", 2, 97));
// Only the low eight bits of the value are used: 2080 is 32, a space.
show_debug_message(string_set_byte_at("Eyup World", 7, 2080));
show_debug_message(string_set_byte_at("Eyup World", 7.9, "32"));
// Build a four-byte character one byte at a time.
var _s = "xxxx";
_s = string_set_byte_at(_s, 1, 240);
_s = string_set_byte_at(_s, 2, 159);
_s = string_set_byte_at(_s, 3, 152);
_s = string_set_byte_at(_s, 4, 131);
show_debug_message(_s);
show_debug_message(string_length(_s));
try
{
    string_set_byte_at("hello", 6, 65);
    show_debug_message("no error");
}
catch (_e)
{
    show_debug_message("index 6 is out of range");
}
try
{
    string_set_byte_at("hello", 0, 65);
    show_debug_message("no error");
}
catch (_e)
{
    show_debug_message("index 0 is out of range");
}
