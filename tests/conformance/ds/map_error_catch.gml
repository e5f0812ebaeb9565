// The error can be caught.
var m = ds_map_create();
ds_map_destroy(m);
try
{
    ds_map_size(m);
}
catch (e)
{
    show_debug_message("caught: " + e.message);
}
show_debug_message("done");
