show_debug_message(0.1 + 0.2 == 0.3);
show_debug_message(0.1 + 0.2 != 0.3);
show_debug_message(0.3 < 0.1 + 0.2);
show_debug_message(0.3 >= 0.1 + 0.2);
show_debug_message(1.000001 > 1);
show_debug_message(1.0001 > 1);
switch (0.1 + 0.2) { case 0.3: show_debug_message("switch matched"); break; default: show_debug_message("no"); }
