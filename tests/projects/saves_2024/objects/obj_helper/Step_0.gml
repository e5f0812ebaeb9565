if (room == rm_second) {
	// What the save left behind, and the included file that stays untouched.
	var _f = file_text_open_write(GREETING_FILE);
	file_text_write_string(_f, "overwritten in the save directory");
	file_text_close(_f);
	_f = file_text_open_read(GREETING_FILE);
	show_debug_message("now reads: " + file_text_readln(_f));
	file_text_close(_f);
	game_end();
}
