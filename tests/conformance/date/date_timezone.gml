show_debug_message(timezone_local);
show_debug_message(timezone_utc);
show_debug_message(date_get_timezone() == timezone_local);
date_set_timezone(timezone_utc);
show_debug_message(date_get_timezone() == timezone_utc);
var _d = date_create_datetime(2011, 9, 15, 9, 43, 44);
show_debug_message(date_datetime_string(_d));
date_set_timezone(timezone_local);
show_debug_message(date_get_timezone());
// A time made in local time reads back the same in local time.
var _l = date_create_datetime(2011, 9, 15, 9, 43, 44);
show_debug_message(date_datetime_string(_l));
