show_debug_message(2147483648);
show_debug_message(4294967296 * 4);
show_debug_message(-9007199254740992);
show_debug_message(1e18);
show_debug_message(123456.789);
show_debug_message(0.999);
show_debug_message(0.995);
show_debug_message(1.0000001);
