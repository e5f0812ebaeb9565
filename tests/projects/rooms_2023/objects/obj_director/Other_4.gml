report("director sees room start of " + room_get_name(room) + ", instances " + string(instance_count));
