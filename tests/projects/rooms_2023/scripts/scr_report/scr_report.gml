// Listed first in the .yyp: uses a macro, an enum and a function that scr_setup defines.
global.log_count = 0;
function report(_text) {
	global.log_count += 1;
	show_debug_message(PREFIX + _text);
}
report("report loaded, rank " + string(Rank.Captain) + ", speed " + string(game_get_speed(gamespeed_fps)));
