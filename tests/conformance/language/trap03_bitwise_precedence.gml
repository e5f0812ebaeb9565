show_debug_message(1 | 2 == 3);
var x1 = 5;
show_debug_message(x1 & 1 == 1);
if (x1 & 4 == 4) show_debug_message("bit 2 set");
show_debug_message(3 ^ 1 == 2);
show_debug_message(1 == 1 < 2);
