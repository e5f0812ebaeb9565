#macro TWO 1+1
show_debug_message(TWO*3);
show_debug_message(TWO);
show_debug_message(-TWO);
