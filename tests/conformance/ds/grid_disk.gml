// Disk operations: every cell within the radius of the centre, clipped to the grid.
var grid = ds_grid_create(10, 10);
ds_grid_set_disk(grid, 7, 7, 3, 10);
ds_grid_add_disk(grid, 7, 7, 3, -5);
ds_grid_multiply_disk(grid, 7, 7, 3, 3);
show_debug_message(ds_grid_get_disk_sum(grid, 7, 7, 3));
show_debug_message(ds_grid_get_disk_min(grid, 7, 7, 3));
show_debug_message(ds_grid_get_disk_max(grid, 7, 7, 3));
show_debug_message(ds_grid_get_disk_mean(grid, 7, 7, 3));
show_debug_message(ds_grid_get_sum(grid, 0, 0, 9, 9));
show_debug_message(grid[# 4, 7]);
show_debug_message(grid[# 5, 5]);
show_debug_message(grid[# 4, 6]);
// a radius of 0 is the centre cell alone
ds_grid_set_disk(grid, 1, 1, 0, 9);
show_debug_message(ds_grid_get_sum(grid, 0, 0, 2, 2));
ds_grid_destroy(grid);
