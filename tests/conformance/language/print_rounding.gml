// two decimals with C printf("%.2f") rounding of the exact binary value
show_debug_message(0.005);
show_debug_message(0.015);
show_debug_message(0.025);
show_debug_message(2.675);
show_debug_message(1.005);
show_debug_message(0.1 * 3);
show_debug_message(100 * 1.1);
show_debug_message(9.999);
show_debug_message(-0.5);
show_debug_message(-1e-7);
show_debug_message(123456789.123);
show_debug_message(1e21);
