// Paths that leave the save directory are refused
var b = buffer_create(4, buffer_fixed, 1);
try
{
    buffer_save(b, "../escape.sav");
    show_debug_message("saved?");
}
catch (e)
{
    show_debug_message("refused");
}
try
{
    buffer_load("/etc/passwd");
}
catch (e)
{
    show_debug_message("refused");
}
buffer_save(b, working_directory + "inside.sav");
show_debug_message(file_exists("inside.sav"));
