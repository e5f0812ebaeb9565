show_debug_message(string_delete("Helloo World", 5, 1));
// A negative index counts from the end; a negative count deletes backwards.
show_debug_message(string_delete("One, two, three, four!", -2, -6));
var _s = "Hello World!";
show_debug_message(string_delete(_s, 6, 50));
show_debug_message(string_delete(_s, 0, 1));
show_debug_message(string_delete(_s, -1, 1));
// A start past the end deletes nothing.
show_debug_message(string_delete(_s, 100, 1));
show_debug_message(string_delete(_s, 7, -1));
show_debug_message(string_delete(_s, 7, 0));
show_debug_message(string_delete(_s, 7.6, 2.6));
show_debug_message("[" + string_delete("", 1, 1) + "]");
show_debug_message(string_delete("🙂x🙂x🙂x🙂", 5, 1));
show_debug_message(string_delete(1.234, 2, 1));
