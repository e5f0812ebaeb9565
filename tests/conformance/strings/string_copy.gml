// Limit typed input to its first five characters.
var _input = "Programmer";
if (string_length(_input) > 5)
{
    _input = string_copy(_input, 1, 5);
}
show_debug_message(_input);
var _s = "Hello World";
show_debug_message(string_copy(_s, 7, 5));
show_debug_message(string_copy(_s, 7, 100));
show_debug_message(string_copy(_s, 0, 3));
show_debug_message(string_copy(_s, 2.8, 3.9));
show_debug_message("[" + string_copy(_s, 20, 3) + "]");
show_debug_message("[" + string_copy(_s, 1, 0) + "]");
show_debug_message(string_copy("£12.34", 1, 3));
show_debug_message(string_copy("This is a test 🙂", 16, 1));
show_debug_message(string_copy(123456, 2, 3));
