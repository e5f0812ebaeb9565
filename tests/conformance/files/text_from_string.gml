// file_text_open_from_string: a read-only file made from a string
var _file = file_text_open_from_string("This is a test\n30\nTo see if this works");
show_debug_message(file_text_eof(_file));
show_debug_message(file_text_read_string(_file));
show_debug_message(file_text_eoln(_file));
show_debug_message(file_text_read_real(_file));
file_text_readln(_file);
show_debug_message(file_text_read_string(_file));
show_debug_message(file_text_eof(_file));
show_debug_message(file_text_close(_file));
