show_debug_message(sqrt(9));
show_debug_message(sqrt(2));
show_debug_message(sqrt(0));
show_debug_message(sqrt(16 * 16));
show_debug_message(sqrt(4294967296));
try
{
    show_debug_message(sqrt(-1));
}
catch (_e)
{
    show_debug_message("sqrt(-1) is an error");
}
