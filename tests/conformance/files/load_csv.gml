// load_csv reads a CSV file into a new ds_grid, one row per line, each cell a string; quoted
// fields may hold commas, doubled quotes and line breaks (manual: load_csv).
var _f = file_text_open_write("table.csv");
file_text_write_string(_f, "name,score,note\nAda,12,\"likes \"\"maths\"\", logic\"\r\nBob,7\n\"multi\nline\",3,end\n");
file_text_close(_f);
var _g = load_csv("table.csv");
show_debug_message(ds_grid_width(_g));
show_debug_message(ds_grid_height(_g));
show_debug_message(_g[# 0, 0]);
show_debug_message(_g[# 1, 1]);
show_debug_message(typeof(_g[# 1, 1]));
show_debug_message(real(_g[# 1, 1]) + 1);
show_debug_message(_g[# 2, 1]);
show_debug_message(_g[# 0, 3]);
show_debug_message(_g[# 2, 3]);
ds_grid_destroy(_g);
show_debug_message(load_csv("no_such_table.csv"));
