function named() {}
function Ctor() constructor {}
enum T { A }
show_debug_message(typeof(1));
show_debug_message(typeof(1.5));
show_debug_message(typeof(NaN));
show_debug_message(typeof(infinity));
show_debug_message(typeof("s"));
show_debug_message(typeof(""));
show_debug_message(typeof([]));
show_debug_message(typeof({}));
show_debug_message(typeof(new Ctor()));
show_debug_message(typeof(function() {}));
show_debug_message(typeof(method(undefined, named)));
show_debug_message(typeof(true));
show_debug_message(typeof(1 == 1));
show_debug_message(typeof(int64(1)));
show_debug_message(typeof(T.A));
show_debug_message(typeof(5 & 3));
show_debug_message(typeof(1 << 2));
show_debug_message(typeof(undefined));
show_debug_message(typeof(pointer_null));
show_debug_message(typeof(global));
show_debug_message(typeof(named));
