// file_rename and file_copy manual examples
var f = file_text_open_write("level1.txt");
file_text_write_string(f, "L1");
file_text_close(f);
if (file_exists("level1.txt"))
{
    file_copy("level1.txt", "level2.txt");
}
show_debug_message(file_exists("level2.txt"));
if (file_exists("level1.txt"))
{
    show_debug_message(file_rename("level1.txt", "level.txt"));
}
show_debug_message(file_exists("level1.txt"));
f = file_text_open_read("level.txt");
show_debug_message(file_text_read_string(f));
file_text_close(f);
show_debug_message(file_rename("level.txt", "level2.txt"));
show_debug_message(file_rename("missing.txt", "other.txt"));
