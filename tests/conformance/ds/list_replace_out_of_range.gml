// ds_list_replace outside the list is an error.
var n_list = ds_list_create();
ds_list_add(n_list, "a", "b", "c", "d");
ds_list_replace(n_list, 3, "name");
show_debug_message(n_list[| 3]);
ds_list_replace(n_list, 4, "name");
show_debug_message("not reached");
