show_debug_message(degtorad(180));
show_debug_message(degtorad(90));
show_debug_message(degtorad(0));
show_debug_message(radtodeg(pi));
show_debug_message(radtodeg(0));
show_debug_message(radtodeg(1));
