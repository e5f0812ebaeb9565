// ds_list_create, add (several values at once), size, find_value, accessor, empty, clear.
var sc_list = ds_list_create();
show_debug_message(ds_list_empty(sc_list) ? "empty" : "not empty");
ds_list_add(sc_list, 71, 77, 46);
ds_list_add(sc_list, "name");
show_debug_message(ds_list_size(sc_list));
show_debug_message(ds_list_find_value(sc_list, 0));
show_debug_message(sc_list[| 3]);
show_debug_message(ds_list_find_value(sc_list, ds_list_size(sc_list) - 1));
// fractional positions are floored
show_debug_message(sc_list[| 1.9]);
// positions outside the list read as undefined
show_debug_message(sc_list[| 10]);
show_debug_message(sc_list[| -1]);
ds_list_clear(sc_list);
show_debug_message(ds_list_size(sc_list));
show_debug_message(ds_list_empty(sc_list) ? "empty" : "not empty");
show_debug_message(sc_list[| 0]);
ds_list_destroy(sc_list);
