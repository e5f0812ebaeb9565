show_debug_message(ord("\a"));
show_debug_message(ord("\b"));
show_debug_message(ord("\f"));
show_debug_message(ord("\v"));
show_debug_message("\101\102");
show_debug_message("\u41\u42");
show_debug_message(string_length("\r\n"));
show_debug_message("unknown \q escape");
show_debug_message("tab\there" == "tab" + chr(9) + "here");
