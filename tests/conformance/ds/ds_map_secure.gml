// ds_map_secure_save/load round-trip a map through a file, and the _buffer forms through a
// buffer at its seek position; nested lists and maps survive; anything else loads as -1
// (manual: ds_map_secure_save, ds_map_secure_load, ds_map_secure_save_buffer, _load_buffer).
var _m = ds_map_create();
_m[? "name"] = "Ada";
_m[? "score"] = 12;
var _l = ds_list_create();
ds_list_add(_l, 1, 2, 3);
ds_map_add_list(_m, "list", _l);
show_debug_message(ds_map_secure_save(_m, "save.dat"));
var _m2 = ds_map_secure_load("save.dat");
show_debug_message(_m2 != _m);
show_debug_message(_m2[? "name"]);
show_debug_message(_m2[? "score"]);
show_debug_message(ds_list_size(_m2[? "list"]));
show_debug_message(ds_map_is_list(_m2, "list"));
// the file is not plain text
var _f = file_text_open_read("save.dat");
show_debug_message(string_pos("Ada", file_text_read_string(_f)) == 0);
file_text_close(_f);
var _buf = buffer_create(1, buffer_grow, 1);
buffer_write(_buf, buffer_u8, 42);
ds_map_secure_save_buffer(_m, _buf);
buffer_write(_buf, buffer_u8, 43);
buffer_seek(_buf, buffer_seek_start, 1);
var _m3 = ds_map_secure_load_buffer(_buf);
show_debug_message(_m3[? "name"]);
show_debug_message(buffer_read(_buf, buffer_u8));
buffer_seek(_buf, buffer_seek_start, 0);
show_debug_message(ds_map_secure_load_buffer(_buf));
show_debug_message(ds_map_secure_load("missing.dat"));
