// ds_list_find_index finds strings, reals, functions and structs; -1 when absent.
var list = ds_list_create();
var st = {};
var fn = function() {};
ds_list_add(list, "Player1", 30, fn, st);
show_debug_message(ds_list_find_index(list, "Player1"));
show_debug_message(ds_list_find_index(list, 30));
show_debug_message(ds_list_find_index(list, fn));
show_debug_message(ds_list_find_index(list, st));
show_debug_message(ds_list_find_index(list, {}));
show_debug_message(ds_list_find_index(list, "Player2"));
show_debug_message(ds_list_find_index(list, "30"));
ds_list_destroy(list);
