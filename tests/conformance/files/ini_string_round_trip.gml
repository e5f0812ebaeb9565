// ini_close returns the INI text, which ini_open_from_string reads back
ini_open_from_string("[Options]\nSound=\"1\"\nMusic=\"0\"\n");
show_debug_message(ini_read_string("Options", "Sound", "x"));
show_debug_message(ini_read_real("Options", "Music", -1));
ini_write_string("Options", "Name", "Zed");
var str = ini_close();
ini_open_from_string(str);
show_debug_message(ini_read_string("Options", "Name", ""));
show_debug_message(ini_read_real("Options", "Sound", -1));
ini_close();
show_debug_message(file_exists("Options"));
