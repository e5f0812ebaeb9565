function named_fn() {}
show_debug_message(named_fn);
show_debug_message(string(named_fn));
show_debug_message(typeof(named_fn));
show_debug_message(is_callable(named_fn));
var m = method(undefined, named_fn);
show_debug_message(typeof(m));
show_debug_message(script_exists(named_fn));
