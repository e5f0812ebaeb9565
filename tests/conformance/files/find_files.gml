// file_find_first / file_find_next / file_find_close with a while loop
directory_create("User Content");
var names = ["b.doc", "a.doc", "c.txt"];
for (var i = 0; i < 3; i++)
{
    var f = file_text_open_write("User Content/" + names[i]);
    file_text_close(f);
}
directory_create("User Content/sub.doc");
var _files = [];
var _file_name = file_find_first("User Content/*.doc", fa_none);
while (_file_name != "")
{
    array_push(_files, _file_name);
    _file_name = file_find_next();
}
file_find_close();
show_debug_message(_files);
show_debug_message(file_find_first("User Content\\*.*", fa_directory));
show_debug_message(file_find_next());
show_debug_message(file_find_next());
show_debug_message(file_find_next());
show_debug_message(file_find_next());
file_find_close();
show_debug_message(file_find_first("Nowhere/*.*", 0));
