// Unary minus refuses an array
var a = [1, 2];
show_debug_message(-a);
