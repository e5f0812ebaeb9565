// ds_grid_copy resizes the destination; ds_grid_shuffle moves values but keeps them all.
var a_grid = ds_grid_create(4, 3);
for (var i = 0; i < 4; i++) for (var j = 0; j < 3; j++) a_grid[# i, j] = i * 3 + j;
var n_grid = ds_grid_create(1, 1);
ds_grid_copy(n_grid, a_grid);
ds_grid_clear(a_grid, -1);
show_debug_message(string(ds_grid_width(n_grid)) + "x" + string(ds_grid_height(n_grid)));
show_debug_message(n_grid[# 3, 2]);
show_debug_message(a_grid[# 3, 2]);
ds_grid_shuffle(n_grid);
show_debug_message(ds_grid_get_sum(n_grid, 0, 0, 3, 2));
show_debug_message(ds_grid_get_max(n_grid, 0, 0, 3, 2));
show_debug_message(ds_grid_get_min(n_grid, 0, 0, 3, 2));
ds_grid_destroy(a_grid);
ds_grid_destroy(n_grid);
