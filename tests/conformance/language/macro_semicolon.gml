#macro FIVE 5;
#macro VERSION "1.2"
var a = FIVE
show_debug_message(a);
show_debug_message("v" + VERSION);
#macro ADD_ONE + 1
show_debug_message(a ADD_ONE);
