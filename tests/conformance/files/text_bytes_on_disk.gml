// file_text_writeln ends lines with CR LF; the bytes checked with the binary file functions
var f = file_text_open_write("lines.txt");
file_text_write_string(f, "ab");
file_text_writeln(f);
file_text_write_real(f, 12);
file_text_close(f);
var b = file_bin_open("lines.txt", 0);
var s = "";
repeat (file_bin_size(b)) s += string(file_bin_read_byte(b)) + " ";
file_bin_close(b);
show_debug_message(s);
