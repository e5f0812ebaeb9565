show_debug_message(-7 mod 3);
show_debug_message(7.9 div 2.9);
show_debug_message(1 / 0);
try { show_debug_message(5 div 0.5); } catch (e) { show_debug_message("5 div 0.5 is an error"); }
show_debug_message(-7 div 3);
