function legacy() {
    return argument0 + argument1;
}
show_debug_message(legacy(2, 3));
function count_args() {
    return argument_count;
}
show_debug_message(count_args());
show_debug_message(count_args(1, 2, 3));
function sum_all() {
    var total = 0;
    for (var i = 0; i < argument_count; i++) {
        total += argument[i];
    }
    return total;
}
show_debug_message(sum_all(1, 2, 3, 4));
function named_and_extra(a) {
    return string(a) + " " + string(argument_count) + " " + string(argument[1]);
}
show_debug_message(named_and_extra("x", "y"));
function many() {
    return argument15;
}
show_debug_message(many(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15));
function arg_array() {
    var a = [];
    for (var i = 0; i < argument_count; i++) a[i] = argument[i];
    return a;
}
show_debug_message(arg_array("a", 1, 2.5));
function named_missing(a, b) {
    return argument_count;
}
show_debug_message(named_missing(1));
