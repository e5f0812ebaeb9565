// ds_list_set / accessor writes, ds_list_insert, ds_list_delete, ds_list_replace.
var list = ds_list_create();
ds_list_add(list, 71, 77, 46);
ds_list_set(list, 2, 33);
list[| 0] = 60;
show_debug_message(list[| 0]);
show_debug_message(list[| 2]);
ds_list_insert(list, 1, 70);
show_debug_message(string(list[| 0]) + " " + string(list[| 1]) + " " + string(list[| 2]) + " " + string(list[| 3]));
// inserting at the size appends
ds_list_insert(list, ds_list_size(list), "last");
show_debug_message(list[| 4]);
// setting past the end fills the gap with 0
ds_list_set(list, 7, 80);
show_debug_message(ds_list_size(list));
show_debug_message(list[| 5]);
show_debug_message(list[| 6]);
show_debug_message(list[| 7]);
ds_list_delete(list, 2);
show_debug_message(ds_list_size(list));
show_debug_message(list[| 2]);
ds_list_replace(list, 3, "swapped");
show_debug_message(list[| 3]);
// a list trimmed to ten entries, as in the manual
var sc = ds_list_create();
for (var i = 0; i < 15; i++) ds_list_add(sc, i);
while (ds_list_size(sc) > 10) ds_list_delete(sc, 0);
show_debug_message(sc[| 0]);
show_debug_message(ds_list_size(sc));
ds_list_destroy(sc);
ds_list_destroy(list);
