// is_handle: asset and instance references are handles, and so is a script function (an asset,
// typeof "ref"); numbers, strings, methods and built-in functions are not.
function my_script_function() {}
var _method = function() {};
show_debug_message(typeof(my_script_function));
show_debug_message(is_handle(my_script_function));
show_debug_message(is_handle(_method));
show_debug_message(is_handle(show_debug_message));
show_debug_message(is_handle(42));
show_debug_message(is_handle("ref sprite 0"));
show_debug_message(is_handle(handle_parse("ref sprite 0")));
