report("game start in " + room_get_name(room) + " (" + string(room_width) + "x" + string(room_height) + ")");
