// Using a text file after closing it is a runtime error
var f = file_text_open_write("closed.txt");
file_text_close(f);
show_debug_message("closed");
file_text_write_string(f, "late");
show_debug_message("not reached");
