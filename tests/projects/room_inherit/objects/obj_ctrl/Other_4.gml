show_debug_message("room start: " + room_get_name(room) + " " + string(room_width) + "x" + string(room_height)
    + ", persistent " + string(room_persistent) + ", things " + string(instance_number(obj_thing)));
