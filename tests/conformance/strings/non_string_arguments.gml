// Numbers, bools and int64 values are converted with string() first.
show_debug_message(string_length(int64(9007199254740993)));
show_debug_message(string_upper(true));
show_debug_message(string_copy(123456, 2, 3));
show_debug_message(string_replace(1.5, ".", ","));
show_debug_message(string_pos(3, 12345));
// Number arguments accept numeric strings.
show_debug_message(string_copy("Hello World", "7", "5"));
show_debug_message(string_repeat("ab", "3"));
// undefined is not a string.
try
{
    string_length(undefined);
    show_debug_message("no error");
}
catch (_e)
{
    show_debug_message("string_length(undefined) is an error");
}
