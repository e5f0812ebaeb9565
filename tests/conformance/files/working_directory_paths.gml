// working_directory and game_save_id are the save area; both end with a slash
show_debug_message(string_char_at(working_directory, string_length(working_directory)));
show_debug_message(working_directory == game_save_id);
ini_open(working_directory + "temp_ini.ini");
ini_write_real("a", "b", 1);
ini_close();
show_debug_message(file_exists("temp_ini.ini"));
show_debug_message(file_exists(game_save_id + "temp_ini.ini"));
