date_set_timezone(timezone_utc);

var _old = date_create_datetime(2011, 9, 15, 11, 4, 0);
var _new = date_create_datetime(2015, 7, 1, 8, 31, 56);
show_debug_message(date_compare_datetime(_old, _new));
show_debug_message(date_compare_datetime(_new, _old));
show_debug_message(date_compare_datetime(_old, _old));
show_debug_message(date_compare_date(_old, _new));
show_debug_message(date_compare_date(_new, _old));
show_debug_message(date_compare_date(_old, date_create_datetime(2011, 9, 15, 23, 59, 59)));
show_debug_message(date_compare_time(_old, _new));
show_debug_message(date_compare_time(_new, _old));
show_debug_message(date_compare_time(_old, date_create_datetime(1999, 1, 1, 11, 4, 0)));
