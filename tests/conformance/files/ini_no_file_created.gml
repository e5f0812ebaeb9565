// Reading from an INI that does not exist gives the defaults and creates no file
ini_open("Settings/savedata.ini");
score = ini_read_real("save1", "score", 0);
ini_close();
show_debug_message(score);
show_debug_message(file_exists("Settings/savedata.ini"));
