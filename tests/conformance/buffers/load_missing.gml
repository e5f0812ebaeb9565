// buffer_load of a file that does not exist gives -1
var b = buffer_load("nothing_here.sav");
show_debug_message(b);
show_debug_message(buffer_exists(b));
