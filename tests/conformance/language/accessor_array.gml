var a = [10, 20, 30];
show_debug_message(a[0]);
show_debug_message(a[2]);
show_debug_message(a[1.7]);
a[1] = 99;
show_debug_message(a);
var i = 0;
show_debug_message(a[i + 2]);
a[array_length(a)] = 40;
show_debug_message(array_length(a));
var b = a;
b[0] = "shared";
show_debug_message(a[0]);
function get_arr() { return [7, 8, 9]; }
show_debug_message(get_arr()[1]);
