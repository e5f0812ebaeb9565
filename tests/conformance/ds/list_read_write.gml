// ds_list_write / ds_list_read, including a string written by GameMaker itself.
var list = ds_list_create();
ds_list_add(list, 1.5, "two", -3);
var str = ds_list_write(list);
show_debug_message(str);
ds_list_clear(list);
ds_list_read(list, str);
show_debug_message(ds_list_size(list));
show_debug_message(string(list[| 0]) + " " + list[| 1] + " " + string(list[| 2]));
var baked = "2F01000005000000010000000500000068656C6C6F000000000000000000003E400000000000000000000034400000000000000000000024400100000005000000776F726C64";
ds_list_read(list, baked);
var s = "";
for (var i = 0; i < ds_list_size(list); i++) s += string(list[| i]) + " ";
show_debug_message(s);
show_debug_message(ds_list_write(list) == baked ? "same string" : "different string");
ds_list_destroy(list);
