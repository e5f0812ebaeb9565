// finally runs, then the error continues to the top and ends the program
try {
    show_debug_message("try");
    var z = 1 div 0;
} finally {
    show_debug_message("finally");
}
show_debug_message("never");
