var a = 10;
var b = 0;
show_debug_message("dividing");
show_debug_message(a div b);
