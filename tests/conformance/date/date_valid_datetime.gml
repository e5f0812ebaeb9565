date_set_timezone(timezone_utc);

if (date_valid_datetime(2011, 9, 15, 10, 3, 30))
{
    var _mydatetime = date_create_datetime(2011, 9, 15, 10, 3, 30);
    show_debug_message(date_datetime_string(_mydatetime));
}
show_debug_message(date_valid_datetime(1970, 1, 1, 0, 0, 0));
show_debug_message(date_valid_datetime(1969, 12, 31, 23, 59, 59));
show_debug_message(date_valid_datetime(2011, 2, 29, 0, 0, 0));
show_debug_message(date_valid_datetime(2012, 2, 29, 0, 0, 0));
show_debug_message(date_valid_datetime(2011, 4, 31, 0, 0, 0));
show_debug_message(date_valid_datetime(2011, 13, 1, 0, 0, 0));
show_debug_message(date_valid_datetime(2011, 1, 1, 24, 0, 0));
show_debug_message(date_valid_datetime(2011, 1, 1, 23, 60, 0));
show_debug_message(date_valid_datetime(2011, 1, 1, 23, 59, 60));
