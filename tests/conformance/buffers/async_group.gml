// buffer_async_group_begin/option/end: one event for the group, files in the group folder
var buff1 = buffer_create(2, buffer_fixed, 1);
var buff2 = buffer_create(3, buffer_fixed, 1);
buffer_write(buff1, buffer_text, "ab");
buffer_write(buff2, buffer_text, "cde");
buffer_async_group_begin("SaveGame");
buffer_async_group_option("showdialog", false);
buffer_async_group_option("slottitle", "Save");
save1 = buffer_save_async(buff1, "Player_Save1.sav", 0, 2);
save2 = buffer_save_async(buff2, "Player_Save2.sav", 0, 3);
global.save_id = buffer_async_group_end();
buffer_delete(buff1);
buffer_delete(buff2);
instance_create_depth(0, 0, 0, obj_group);

#object obj_group
#event async_save_load
show_debug_message(async_load[? "id"] == global.save_id);
show_debug_message(async_load[? "status"]);
show_debug_message(file_exists("SaveGame/Player_Save1.sav"));
var b = buffer_load("SaveGame/Player_Save2.sav");
show_debug_message(buffer_read(b, buffer_text));
game_end();
