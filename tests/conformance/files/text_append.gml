// file_text_open_append keeps what the file holds and writes after it
var f = file_text_open_write("save.txt");
file_text_write_string(f, "Hello World");
file_text_writeln(f);
file_text_write_real(f, 500);
file_text_close(f);
f = file_text_open_append(working_directory + "save.txt");
file_text_writeln(f);
file_text_write_string(f, "Appended Text");
file_text_close(f);
f = file_text_open_read("save.txt");
show_debug_message(file_text_read_string(f));
file_text_readln(f);
show_debug_message(file_text_read_real(f));
file_text_readln(f);
show_debug_message(file_text_read_string(f));
show_debug_message(file_text_eof(f));
file_text_close(f);
