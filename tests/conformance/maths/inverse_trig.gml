show_debug_message(arcsin(0));
show_debug_message(arcsin(1));
show_debug_message(arccos(1));
show_debug_message(arccos(0));
show_debug_message(arccos(-1));
show_debug_message(arctan(0));
show_debug_message(arctan(1));
show_debug_message(arctan2(1, 1));
show_debug_message(arctan2(0, -1));
try
{
    show_debug_message(arcsin(1.1));
}
catch (_e)
{
    show_debug_message("arcsin(1.1) is an error");
}
try
{
    show_debug_message(arccos(-2));
}
catch (_e)
{
    show_debug_message("arccos(-2) is an error");
}
