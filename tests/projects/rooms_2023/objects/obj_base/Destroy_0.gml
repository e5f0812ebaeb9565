report("destroy " + object_get_name(object_index) + " (never on a room change)");
