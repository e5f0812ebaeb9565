show_debug_message(string_digits("I am 81 years old"));
show_debug_message(string_digits("321!HeLlO WoRlD!123"));
show_debug_message("[" + string_digits("no digits here") + "]");
show_debug_message(string_digits(1.234));
show_debug_message(string_digits(-42));
