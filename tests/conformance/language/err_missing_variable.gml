var s = {a: 1};
show_debug_message(s.a);
show_debug_message(s.b);
