report("user event 0 of " + object_get_name(object_index));
gml_pragma("global", "show_debug_message(\"global pragma code of an event file runs before the scripts\")");
