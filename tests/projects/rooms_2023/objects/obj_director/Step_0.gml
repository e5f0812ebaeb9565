frames += 1;
if (room == rm_title && frames == 2) {
	report("going to the next room: " + room_get_name(room_next(room)));
	room_goto(rm_level);
	report("still in " + room_get_name(room) + " until the step ends");
} else if (room == rm_level) {
	report("frame " + string(frames) + " in " + room_get_name(room) + ", enemies " + string(instance_number(obj_enemy)));
	if (frames == 4) game_end();
}
