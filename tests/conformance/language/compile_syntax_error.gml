show_debug_message("fine");
var a = (1 + ;
