var a = 1;
var s = "no end
show_debug_message(s);
