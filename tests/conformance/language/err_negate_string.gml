// Unary minus refuses a string, with the same words as a failed conversion to a number
var s = "abc";
show_debug_message("before");
show_debug_message(-s);
