var _words = string_split_ext("here,there;everywhere,and beyond", [",", ";"]);
show_debug_message(_words);
show_debug_message(string_split_ext("hello,great,world", [",", "l"]));
show_debug_message(string_split_ext("hello,great,world", [",", "l"], true));
show_debug_message(string_split_ext("hello,great,world", [",", "l"], false, 3));
show_debug_message(string_split_ext("Name,Age;Height|Description", [",", ";", "|"]));
