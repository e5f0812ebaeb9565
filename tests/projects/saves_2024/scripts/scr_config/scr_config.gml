// A configuration's macro wins over the plain one, whichever comes first.
#macro Release:MODE "release"
#macro MODE "debug"
#macro SAVE_NAME "save_" + MODE + ".txt"
#macro GREETING_FILE "greeting.txt"

// Included files are read from datafiles/ at start.
var _f = file_text_open_read(GREETING_FILE);
while (!file_text_eof(_f)) {
	show_debug_message("included: " + file_text_read_string(_f));
	file_text_readln(_f);
}
file_text_close(_f);
show_debug_message("mode " + MODE + ", saving to " + SAVE_NAME);
