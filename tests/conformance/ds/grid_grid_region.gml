// Copying, adding and multiplying a region of one grid into another (or the same) grid.
var grid = ds_grid_create(10, 10);
var t_grid = ds_grid_create(10, 10);
t_grid[# 0, 0] = 1;
t_grid[# 0, 1] = 2;
t_grid[# 1, 0] = 3;
t_grid[# 1, 1] = 4;
ds_grid_set_grid_region(grid, t_grid, 0, 0, 1, 1, 8, 8);
show_debug_message(string(grid[# 8, 8]) + " " + string(grid[# 8, 9]) + " " + string(grid[# 9, 8]) + " " + string(grid[# 9, 9]));
ds_grid_add_grid_region(grid, t_grid, 0, 0, 1, 1, 8, 8);
show_debug_message(grid[# 9, 9]);
ds_grid_multiply_grid_region(grid, t_grid, 0, 0, 1, 1, 8, 8);
show_debug_message(grid[# 9, 9]);
// within one grid
ds_grid_add_grid_region(grid, grid, 8, 8, 9, 9, 0, 0);
show_debug_message(grid[# 1, 1]);
// the part that falls outside the destination is dropped
ds_grid_set_grid_region(grid, t_grid, 0, 0, 1, 1, 9, 9);
show_debug_message(grid[# 9, 9]);
show_debug_message(ds_grid_get_sum(grid, 0, 0, 9, 9));
ds_grid_destroy(grid);
ds_grid_destroy(t_grid);
