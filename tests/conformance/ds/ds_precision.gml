// ds_set_precision: how close two reals must be to count as equal inside data structures.
var list = ds_list_create();
ds_list_add(list, 5 / 3 * 3, 0.5);
show_debug_message(ds_list_find_index(list, 5));
show_debug_message(ds_list_find_index(list, 0.50001));
ds_set_precision(0.0001);
show_debug_message(ds_list_find_index(list, 0.50001));
ds_set_precision(0.0000001);
ds_list_destroy(list);
