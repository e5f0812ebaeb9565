// The sandbox refuses paths outside the save directory with a catchable error
var bad = ["../outside.txt", "/etc/passwd", "a/../../outside.txt", "..\\outside.txt"];
for (var i = 0; i < array_length(bad); i++)
{
    try
    {
        file_exists(bad[i]);
        show_debug_message("allowed " + bad[i]);
    }
    catch (e)
    {
        show_debug_message("refused");
    }
}
show_debug_message(file_exists("a/../inside.txt"));
