date_set_timezone(timezone_utc);

var _d = date_create_datetime(2024, 3, 5, 7, 8, 9);
show_debug_message(date_date_string(_d));
show_debug_message(date_time_string(_d));
show_debug_message(date_datetime_string(_d));
show_debug_message(date_datetime_string(date_create_datetime(1999, 12, 31, 23, 59, 59)));
