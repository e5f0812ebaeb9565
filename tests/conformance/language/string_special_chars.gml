// characters that start literals or comments elsewhere are plain text inside strings
show_debug_message("#FF0000 and $FF and 0xFF and 0b1");
show_debug_message("// not a comment /* nor this */");
show_debug_message("@\"not verbatim\"");
show_debug_message("{0} {braces} $\"x\"");
show_debug_message(@"#region inside a verbatim string");
show_debug_message("#macro NOT_A_MACRO 1");
show_debug_message("begin end and or not");
