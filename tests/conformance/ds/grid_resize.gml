// ds_grid_resize keeps the cells that still fit and fills new ones with 0.
var grid = ds_grid_create(2, 2);
ds_grid_clear(grid, 7);
ds_grid_resize(grid, 3, 4);
show_debug_message(string(ds_grid_width(grid)) + "x" + string(ds_grid_height(grid)));
show_debug_message(grid[# 1, 1]);
show_debug_message(grid[# 2, 3]);
show_debug_message(grid[# 0, 3]);
ds_grid_resize(grid, 1, 1);
show_debug_message(ds_grid_get_sum(grid, 0, 0, 10, 10));
ds_grid_destroy(grid);
