date_set_timezone(timezone_utc);

var _mydatetime = date_create_datetime(2011, 9, 15, 9, 43, 30);
show_debug_message(_mydatetime);
show_debug_message(floor(_mydatetime));
show_debug_message(typeof(_mydatetime));
show_debug_message(date_datetime_string(_mydatetime));
show_debug_message(date_create_datetime(1970, 1, 1, 0, 0, 0));
show_debug_message(date_create_datetime(2000, 1, 1, 12, 0, 0));
