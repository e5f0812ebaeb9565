t += 1;
if (t < 2) exit;
if (room == rm_one) {
	room_goto_next();
} else if (global.restarts == 0) {
	global.restarts += 1;
	show_debug_message("restarting the room");
	room_restart();
} else if (global.restarts == 1) {
	global.restarts += 1;
	show_debug_message("restarting the game");
	game_restart();
} else {
	show_debug_message("next of rm_two: " + string(room_next(rm_two)) + ", previous of rm_one: " + string(room_previous(rm_one)) + ", exists " + string(room_exists(rm_two)) + string(room_exists(7)));
	game_end();
}
