// md5_file and sha1_file hash a file's bytes
var f = file_text_open_write("hash.txt");
file_text_write_string(f, "abc");
file_text_close(f);
show_debug_message(md5_file("hash.txt"));
show_debug_message(sha1_file("hash.txt"));
