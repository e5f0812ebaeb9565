show_debug_message(darcsin(-1));
show_debug_message(darcsin(1));
show_debug_message(darcsin(0));
show_debug_message(darccos(-1));
show_debug_message(darccos(1));
show_debug_message(darctan(1));
show_debug_message(darctan(-1));
show_debug_message(darctan2(1, 1));
show_debug_message(darctan2(-2, -2));
show_debug_message(darctan2(1, 0.5));
try
{
    darcsin(2);
}
catch (_e)
{
    show_debug_message("darcsin(2) is an error");
}
