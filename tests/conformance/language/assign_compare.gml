// `=` inside a condition or an expression compares
var a = 1;
if (a = 1) show_debug_message("a is 1");
if (a = 2) show_debug_message("wrong"); else show_debug_message("a is not 2");
var b = 0;
while (b = 0) { b = 5; }
show_debug_message(b);
var c = (a = 1);
show_debug_message(c);
var d = a = 3;
show_debug_message(d);
show_debug_message(a);
a := 9;
show_debug_message(a);
