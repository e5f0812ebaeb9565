var _queue = ["first", "middle", "last"];
show_debug_message(array_first(_queue));
show_debug_message(array_last(_queue));
show_debug_message(_queue);
show_debug_message(array_first([]));
show_debug_message(array_last([]));
