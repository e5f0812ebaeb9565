// ini_write_real / ini_read_real manual example
score = 1000;
ini_open("savedata.ini");
ini_write_real("save1", "Score", score);
score2 = ini_read_real("save1", "Score", 0);
ini_close();
show_debug_message(score2);
ini_open("savedata.ini");
show_debug_message(ini_read_real("save1", "Score", 0));
show_debug_message(ini_read_real("save1", "Missing", 42));
ini_close();
