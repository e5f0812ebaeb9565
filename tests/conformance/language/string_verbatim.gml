var a = @"no \n escapes \t here";
show_debug_message(a);
show_debug_message(@'single quotes work "too"');
var b = @"two
lines";
show_debug_message(b);
show_debug_message(string_length(@"\\"));
show_debug_message(@"Hello " + "\"" + @"World" + "\"");
