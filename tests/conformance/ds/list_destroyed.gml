// Using a destroyed list is a runtime error.
var l = ds_list_create();
ds_list_add(l, 1);
ds_list_destroy(l);
show_debug_message("before");
ds_list_add(l, 2);
show_debug_message("not reached");
