var arr = [1, 2, 3];
show_debug_message(arr[5]);
