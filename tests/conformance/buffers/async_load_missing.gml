// buffer_load_async of a missing file: the event reports status false
var b = buffer_create(4, buffer_fixed, 1);
global.load_id = buffer_load_async(b, "missing.sav", 0, -1);
instance_create_depth(0, 0, 0, obj_loader);

#object obj_loader
#event async_save_load
if (async_load[? "id"] == global.load_id)
{
    if (async_load[? "status"] == false)
    {
        show_debug_message("Load failed!");
    }
    game_end();
}
