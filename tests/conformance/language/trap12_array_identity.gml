show_debug_message([1] == [1]);
show_debug_message(array_equals([1], [1]));
var a = [1, 2];
var b = a;
show_debug_message(a == b);
show_debug_message(array_equals([1, 2], [2, 1]));
