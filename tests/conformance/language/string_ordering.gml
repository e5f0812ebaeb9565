show_debug_message("apple" < "banana");
show_debug_message("apple" > "Apple");
show_debug_message("abc" < "abd");
show_debug_message("ab" < "abc");
show_debug_message("" < "a");
show_debug_message("b" >= "b");
show_debug_message("10" < 9);
show_debug_message("2" < 10);
