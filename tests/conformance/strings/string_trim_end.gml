var _s = "A\nB\n\n\n";
show_debug_message(string_trim_end(_s));
show_debug_message("[" + string_trim_end("This is an object I lovelove", ["This", "I", "love"]) + "]");
show_debug_message("[" + string_trim_end(" keep the start  ") + "]");
