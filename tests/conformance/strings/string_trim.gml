show_debug_message("[" + string_trim("   Text somewhere in the middle.   ") + "]");
show_debug_message("[" + string_trim("\t\n  tabs and lines \r\n") + "]");
show_debug_message("[" + string_trim("ThisThis is an object I love", ["This", "is", "love"]) + "]");
show_debug_message("[" + string_trim("   ") + "]");
show_debug_message("[" + string_trim("  秧秧  ") + "]");
