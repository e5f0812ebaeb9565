// ini_key_exists, ini_section_exists, ini_key_delete, ini_section_delete
ini_open("savedata.ini");
ini_write_real("save1", "Score", 10);
ini_write_string("save1", "name", "Kim");
show_debug_message(ini_key_exists("save1", "name"));
show_debug_message(ini_section_exists("save1"));
ini_key_delete("save1", "Score");
show_debug_message(ini_key_exists("save1", "Score"));
show_debug_message(ini_section_exists("save2"));
ini_section_delete("save1");
show_debug_message(ini_section_exists("save1"));
show_debug_message(ini_read_string("save1", "name", "gone"));
ini_close();
