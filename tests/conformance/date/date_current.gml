date_set_timezone(timezone_utc);

var _now = date_current_datetime();
show_debug_message(typeof(_now));
show_debug_message(_now > date_create_datetime(2020, 1, 1, 0, 0, 0));
show_debug_message(date_is_today(_now));
show_debug_message(date_is_today(date_create_datetime(2011, 9, 15, 9, 43, 44)));
show_debug_message(date_is_today(date_inc_day(_now, 1)));
show_debug_message(date_compare_date(_now, date_current_datetime()));
show_debug_message(get_timer() >= 0);
