// file_text_eof manual example: read every line into an array
var f = file_text_open_write("Game_Data.txt");
file_text_write_string(f, "one");
file_text_writeln(f);
file_text_write_string(f, "two");
file_text_writeln(f);
file_text_write_string(f, "three");
file_text_close(f);
var num = 0;
var str = [];
var file = file_text_open_read(working_directory + "Game_Data.txt");
while (!file_text_eof(file))
{
    str[num++] = file_text_read_string(file);
    file_text_readln(file);
}
file_text_close(file);
show_debug_message(num);
show_debug_message(str);
