// exception_unhandled_handler returns the handler it replaces (undefined at first); the handler
// gets the exception struct and the game ends after it.
var _first = function(ex) { return 0; };
show_debug_message(exception_unhandled_handler(_first));
show_debug_message(exception_unhandled_handler(undefined) == _first);
show_debug_message(exception_unhandled_handler(undefined));
exception_unhandled_handler(function(ex) {
    show_debug_message("Unhandled exception: " + ex.message);
    show_debug_message(ex.script);
    show_debug_message(ex.line);
    show_debug_message(is_array(ex.stacktrace));
});
show_error("Disk full", true);
show_debug_message("not reached");
