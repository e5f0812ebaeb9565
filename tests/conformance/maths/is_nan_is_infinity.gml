show_debug_message(is_nan(NaN));
show_debug_message(is_nan(0 / 0));
show_debug_message(is_nan(5));
show_debug_message(is_nan(infinity));
show_debug_message(is_infinity(1 / 0));
show_debug_message(is_infinity(-infinity));
show_debug_message(is_infinity(NaN));
show_debug_message(is_infinity(1e300));
function my_script() { return 1; }
show_debug_message(is_nan(get_timer));
show_debug_message(is_nan(my_script));
show_debug_message(is_nan(function() {}));
