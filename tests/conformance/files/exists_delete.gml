// file_exists / file_delete manual examples
show_debug_message(file_exists("level.txt"));
var f = file_text_open_write("level.txt");
file_text_write_string(f, "data");
file_text_close(f);
show_debug_message(file_exists("level.txt"));
if (file_exists("level.txt"))
{
    show_debug_message(file_delete("level.txt"));
}
show_debug_message(file_exists("level.txt"));
show_debug_message(file_delete("level.txt"));
