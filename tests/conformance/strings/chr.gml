var _mystring = chr(53) + chr(48);
show_debug_message(_mystring);
show_debug_message(chr(65) + chr(66));
show_debug_message(chr(8364));
show_debug_message(chr(32769));
show_debug_message(chr(128578));
show_debug_message(string_length(chr(128578)));
