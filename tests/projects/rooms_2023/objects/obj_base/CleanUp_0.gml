report("clean up " + object_get_name(object_index));
