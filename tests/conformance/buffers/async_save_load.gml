// buffer_save_async then buffer_load_async, checked in the Save/Load async event
var b = buffer_create(4, buffer_fixed, 1);
buffer_write(b, buffer_u32, 0x01020304);
global.save_id = buffer_save_async(b, "Player_Save.sav", 0, 4);
buffer_delete(b);
instance_create_depth(0, 0, 0, obj_saver);

#object obj_saver
#event create
loaded = buffer_create(4, buffer_fixed, 1);
loadid = -1;
#event async_save_load
if (async_load[? "id"] == global.save_id)
{
    show_debug_message("saved: " + string(async_load[? "status"]));
    loadid = buffer_load_async(loaded, "Player_Save.sav", 0, -1);
}
else if (async_load[? "id"] == loadid)
{
    show_debug_message("loaded: " + string(async_load[? "status"]));
    show_debug_message(buffer_peek(loaded, 0, buffer_u32));
    game_end();
}
