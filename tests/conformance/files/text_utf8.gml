// Text files keep UTF-8 text intact
var f = file_text_open_write("utf8.txt");
file_text_write_string(f, "!£水");
file_text_close(f);
f = file_text_open_read("utf8.txt");
var s = file_text_read_string(f);
file_text_close(f);
show_debug_message(s);
show_debug_message(string_length(s));
