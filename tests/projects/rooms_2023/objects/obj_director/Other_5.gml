report("room end of " + room_get_name(room));
