function f(a = 5) { return a; }
show_debug_message(f(undefined));
show_debug_message(f());
show_debug_message(f(0));
show_debug_message(f(undefined) == 5);
