show_debug_message(string_upper("Hello World"));
show_debug_message(string_upper("老Aa老aA é"));
show_debug_message(string_upper(1.5));
show_debug_message("[" + string_upper("") + "]");
