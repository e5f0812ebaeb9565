// directory_create / directory_exists / directory_destroy manual examples
show_debug_message(directory_exists(working_directory));
if (!directory_exists("Games"))
{
    directory_create("Games");
}
show_debug_message(directory_exists("Games"));
directory_create("Games/Nested/Deep");
show_debug_message(directory_exists(working_directory + "Games/Nested/Deep"));
var f = file_text_open_write("Games/Nested/a.txt");
file_text_close(f);
if (directory_exists("Games"))
{
    directory_destroy("Games");
}
show_debug_message(directory_exists("Games"));
show_debug_message(file_exists("Games/Nested/a.txt"));
