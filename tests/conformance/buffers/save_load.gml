// buffer_save / buffer_load manual examples
var buff = buffer_create(6, buffer_fixed, 1);
buffer_write(buff, buffer_u16, 513);
buffer_write(buff, buffer_string, "ok!");
buffer_save(buff, "Player_Save.sav");
show_debug_message(file_exists("Player_Save.sav"));
player_buffer = buffer_load("Player_Save.sav");
show_debug_message(buffer_get_size(player_buffer));
show_debug_message(buffer_get_type(player_buffer));
show_debug_message(buffer_get_alignment(player_buffer));
show_debug_message(buffer_tell(player_buffer));
show_debug_message(buffer_read(player_buffer, buffer_u16));
show_debug_message(buffer_read(player_buffer, buffer_string));
