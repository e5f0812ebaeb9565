// file_text_write_real / write_string / writeln and the matching reads (manual hiscore example)
scr = [300, 200, 100];
scr_name = ["Ann", "Bob", "Cid"];
var file = file_text_open_write(working_directory + "hiscore.txt");
for (var i = 0; i < 3; ++i)
{
    file_text_write_real(file, scr[i]);
    file_text_writeln(file);
    file_text_write_string(file, scr_name[i]);
    file_text_writeln(file);
}
file_text_close(file);
var file = file_text_open_read(working_directory + "hiscore.txt");
for (var i = 0; i < 3; ++i)
{
    var s = file_text_read_real(file);
    file_text_readln(file);
    var n = file_text_read_string(file);
    file_text_readln(file);
    show_debug_message(n + ": " + string(s));
}
show_debug_message(file_text_eof(file));
file_text_close(file);
