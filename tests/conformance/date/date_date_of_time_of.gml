date_set_timezone(timezone_utc);

var _d = date_create_datetime(2011, 9, 15, 9, 43, 44);
var _date = date_date_of(_d);
show_debug_message(_date);
show_debug_message(date_datetime_string(_date));
show_debug_message(date_get_hour(_date));
var _time = date_time_of(_d);
show_debug_message(_time);
show_debug_message(date_get_year(_time));
show_debug_message(date_get_month(_time));
show_debug_message(date_get_day(_time));
show_debug_message(date_time_string(_time));
