var a = int64(5), b = int64(2);
show_debug_message(a / b);
show_debug_message(typeof(a / b));
show_debug_message(a * b);
show_debug_message(typeof(a * b));
show_debug_message(typeof(a + 0.5));
show_debug_message(a + 0.5);
show_debug_message(a mod b);
show_debug_message(a div b);
show_debug_message(int64(9223372036854775807));
show_debug_message(int64(1) << 62);
show_debug_message(typeof(9007199254740993));
show_debug_message(9007199254740993);
try { var z = a / int64(0); show_debug_message(z); } catch (e) { show_debug_message("int64 division by zero is an error"); }
