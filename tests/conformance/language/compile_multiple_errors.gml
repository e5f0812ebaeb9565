var a = ;
show_debug_message("ok");
var b = (2 + ;
var c = 3;
var d = 3 * / 2;
