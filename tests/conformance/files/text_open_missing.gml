// file_text_open_read of a missing file gives -1
var f = file_text_open_read("no_such_file.txt");
show_debug_message(f);
