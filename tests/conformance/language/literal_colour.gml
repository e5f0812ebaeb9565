// #RRGGBB colour literals are stored as BGR ($BBGGRR)
show_debug_message(#2C8EDD == $DD8E2C);
show_debug_message(#FF0000);
show_debug_message(#00FF00);
show_debug_message(#0000FF);
show_debug_message(#FFFFFF == $FFFFFF);
var c = #102030;
show_debug_message(c == $302010);
show_debug_message(c & $FF);
