show_debug_message("10" == 10);
show_debug_message("-1 hello" == -1);
show_debug_message(" 5" == 5);
show_debug_message("abc" == 0);
try {
    show_debug_message("abc" < 1);
} catch (e) {
    show_debug_message("ordering a non-numeric string is an error");
}
