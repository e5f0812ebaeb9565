date_set_timezone(timezone_utc);

var _sep = date_create_datetime(2011, 9, 15, 9, 43, 44);
show_debug_message(date_leap_year(_sep));
show_debug_message(date_days_in_month(_sep));
show_debug_message(date_days_in_year(_sep));
var _feb = date_create_datetime(2012, 2, 10, 0, 0, 0);
show_debug_message(date_leap_year(_feb));
show_debug_message(date_days_in_month(_feb));
show_debug_message(date_days_in_year(_feb));
show_debug_message(date_leap_year(date_create_datetime(2000, 6, 1, 0, 0, 0)));
show_debug_message(date_leap_year(date_create_datetime(2100, 6, 1, 0, 0, 0)));
show_debug_message(date_days_in_month(date_create_datetime(2023, 2, 1, 0, 0, 0)));
show_debug_message(date_days_in_month(date_create_datetime(2023, 12, 1, 0, 0, 0)));
