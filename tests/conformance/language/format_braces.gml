show_debug_message(string("{{0}} is {0}", 5));
show_debug_message(string("}}{{", 1));
show_debug_message(string("{0}{1}{0}", "a", "b", "unused"));
