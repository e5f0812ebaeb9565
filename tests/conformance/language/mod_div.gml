show_debug_message(7 mod 3);
show_debug_message(-7 mod 3);
show_debug_message(7 mod -3);
show_debug_message(-7 % 3);
show_debug_message(5.5 mod 2);
show_debug_message(2.25 % 0.5);
show_debug_message(7 div 2);
show_debug_message(-7 div 2);
show_debug_message(7 div -2);
show_debug_message(7.9 div 2.9);
show_debug_message(10 % 4);
show_debug_message(1 / 0);
show_debug_message(-1 / 0);
show_debug_message(0 / 0);
show_debug_message(7 / 2);
show_debug_message(2 + 3 * 4 mod 5);
show_debug_message(9 div 2 * 2);
try { var z = 5 div 0.5; show_debug_message(z); } catch (e) { show_debug_message("div by zero"); }
try { var z2 = 5 mod 0; show_debug_message(z2); } catch (e) { show_debug_message("mod by zero"); }
