var _s = "  \t\t\tHello World";
show_debug_message("[" + string_trim_start(_s) + "]");
show_debug_message("[" + string_trim_start("ThisThis is an object I love", ["This", "is", "love"]) + "]");
show_debug_message("[" + string_trim_start("no change ") + "]");
