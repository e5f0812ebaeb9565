// more comparison rules: two strings compare as text, bools and int64 as numbers
if (int64(1)) show_debug_message("int64 1 is true");
if (int64(0)) show_debug_message("no"); else show_debug_message("int64 0 is false");
show_debug_message((2 > 1) + 1);
show_debug_message("10" == "10.0");
show_debug_message("10" < "9");
show_debug_message(10 < 9);
show_debug_message("abc" == "abc");
show_debug_message("" == "");
show_debug_message(true == 1.000001);
show_debug_message(int64(10) > 9.5);
show_debug_message(-0 == 0);
show_debug_message(infinity > 1e308);
show_debug_message(-infinity < -1e308);
