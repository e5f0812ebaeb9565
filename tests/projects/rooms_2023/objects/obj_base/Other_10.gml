report("user event 0 of " + object_get_name(object_index));
