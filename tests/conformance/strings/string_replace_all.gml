show_debug_message(string_replace_all("Hexxo Worxd", "x", "l"));
show_debug_message(string_replace_all("Hello EarthEarthEarth", "Earth", "World"));
show_debug_message("[" + string_replace_all("aaa", "a", "") + "]");
show_debug_message(string_replace_all("Hello Earth", "", "x"));
show_debug_message(string_replace_all("!£水🙂!!£水🙂", "!£", "水🙂"));
show_debug_message(string_replace_all("a-b-c", "-", int64(7)));
