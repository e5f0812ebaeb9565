// ds_list_sort ascending and descending, numbers and strings.
var list = ds_list_create();
ds_list_add(list, 50, 40.001, 30.992, 20, 10, 0.01);
ds_list_sort(list, true);
var s = "";
for (var i = 0; i < ds_list_size(list); i++) s += string(list[| i]) + " ";
show_debug_message(s);
ds_list_sort(list, false);
s = "";
for (var i = 0; i < ds_list_size(list); i++) s += string(list[| i]) + " ";
show_debug_message(s);
var name_list = ds_list_create();
ds_list_add(name_list, "delta", "alpha", "charlie", "bravo");
ds_list_sort(name_list, true);
s = "";
for (var i = 0; i < ds_list_size(name_list); i++) s += name_list[| i] + " ";
show_debug_message(s);
ds_list_destroy(list);
ds_list_destroy(name_list);
