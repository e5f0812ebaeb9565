// An uncaught runtime error ends the program with exit code 1
show_debug_message("before");
var total = 4;
show_debug_message("Count " + total);
show_debug_message("never");
