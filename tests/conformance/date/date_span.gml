date_set_timezone(timezone_utc);

var _first = date_create_datetime(2011, 9, 15, 11, 4, 0);
var _second = date_create_datetime(2011, 9, 16, 17, 34, 30);
show_debug_message(date_second_span(_first, _second));
show_debug_message(date_minute_span(_first, _second));
show_debug_message(date_hour_span(_first, _second));
show_debug_message(date_day_span(_first, _second));
show_debug_message(date_day_span(_second, _first));
var _a = date_create_datetime(2011, 9, 15, 9, 43, 44);
var _b = date_create_datetime(2015, 7, 1, 17, 31, 56);
show_debug_message(date_second_span(_a, _b));
show_debug_message(date_minute_span(_a, _b));
show_debug_message(date_hour_span(_a, _b));
show_debug_message(date_day_span(_a, _b));
show_debug_message(date_week_span(_a, _b));
show_debug_message(date_month_span(_a, _b));
show_debug_message(date_year_span(_a, _b));
show_debug_message(date_day_span(_a, _a));
