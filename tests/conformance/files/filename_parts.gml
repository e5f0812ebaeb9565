// The path-name functions only work on strings
var p = "/foo/bar/pathname/to/the/fileTest.txt";
show_debug_message(filename_name(p));
show_debug_message(filename_path(p));
show_debug_message(filename_dir(p));
show_debug_message(filename_ext(p));
show_debug_message(filename_change_ext(p, ".doc"));
show_debug_message(filename_change_ext("Test.ini", ""));
var w = @"C:\Games\save.dat";
show_debug_message(filename_name(w));
show_debug_message(filename_path(w));
show_debug_message(filename_drive(w));
show_debug_message(filename_dir("Test.ini"));
show_debug_message(filename_ext("noext"));
