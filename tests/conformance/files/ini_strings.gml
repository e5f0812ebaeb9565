// ini_write_string / ini_read_string manual examples
global.Name = "Player One";
ini_open("savedata.ini");
ini_write_string("Save", "Player", global.Name);
ini_close();
ini_open("savedata.ini");
global.name = ini_read_string("Save", "Player", "Player1");
show_debug_message(global.name);
show_debug_message(ini_read_string("player", "name", "Player1"));
ini_close();
