// The trim functions remove every Unicode white-space character, not only ASCII ones
// (U+00A0, U+2000..U+200A, U+2028, U+205F, U+3000...).
show_debug_message("[" + string_trim("\u2000\u205F\u3000 hi there \u00A0\n\t") + "]");
show_debug_message("[" + string_trim_start("\u3000\u2028\u1680x ") + "]");
show_debug_message("[" + string_trim_end(" x\u202F\u2009\u0085") + "]");
show_debug_message(string_length(string_trim("\u200A\u2001")));
// a zero-width space is not white space
show_debug_message(string_length(string_trim("\u200Bx")));
