show_debug_message(frac(6.25));
show_debug_message(frac(-6.921));
show_debug_message(frac(-3.4));
show_debug_message(frac(55));
show_debug_message(frac(0));
show_debug_message(frac(-44));
