// Region operations and region statistics.
var grid = ds_grid_create(10, 10);
ds_grid_set_region(grid, 0, 0, 4, 4, 2);
ds_grid_add_region(grid, 0, 0, 4, 4, 3);
ds_grid_multiply_region(grid, 0, 0, 4, 4, 5);
show_debug_message(ds_grid_get_sum(grid, 0, 0, 4, 4));
show_debug_message(ds_grid_get_max(grid, 0, 0, 4, 4));
show_debug_message(ds_grid_get_min(grid, 0, 0, 4, 4));
show_debug_message(ds_grid_get_mean(grid, 0, 0, 4, 4));
// the region spans the edge of the filled area
show_debug_message(ds_grid_get_mean(grid, 0, 0, 9, 4));
show_debug_message(ds_grid_get_max(grid, 3, 3, 6, 6));
show_debug_message(ds_grid_get_min(grid, 3, 3, 6, 6));
// corners may be given in any order
ds_grid_set_region(grid, 9, 9, 8, 8, 1);
show_debug_message(ds_grid_get_sum(grid, 8, 8, 9, 9));
ds_grid_destroy(grid);
