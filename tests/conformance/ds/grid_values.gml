// Searching a region or a disk for a value.
var grid = ds_grid_create(10, 10);
grid[# 5, 5] = 100;
grid[# 2, 8] = "key";
var mx = ds_grid_width(grid) - 1;
var my = ds_grid_height(grid) - 1;
if (ds_grid_value_exists(grid, 0, 0, mx, my, 100))
{
    show_debug_message(string(ds_grid_value_x(grid, 0, 0, mx, my, 100)) + "," + string(ds_grid_value_y(grid, 0, 0, mx, my, 100)));
}
show_debug_message(ds_grid_value_exists(grid, 0, 0, 4, 4, 100) ? "found" : "not found");
show_debug_message(ds_grid_value_x(grid, 0, 0, 4, 4, 100));
show_debug_message(ds_grid_value_y(grid, 0, 0, 4, 4, 100));
show_debug_message(string(ds_grid_value_x(grid, 0, 0, mx, my, "key")) + "," + string(ds_grid_value_y(grid, 0, 0, mx, my, "key")));
if (ds_grid_value_disk_exists(grid, 5, 5, 5, "key"))
{
    show_debug_message(string(ds_grid_value_disk_x(grid, 5, 5, 5, "key")) + "," + string(ds_grid_value_disk_y(grid, 5, 5, 5, "key")));
}
show_debug_message(ds_grid_value_disk_exists(grid, 0, 0, 2, 100) ? "found" : "not found");
show_debug_message(ds_grid_value_disk_x(grid, 0, 0, 2, 100));
show_debug_message(ds_grid_value_disk_y(grid, 0, 0, 2, 100));
ds_grid_destroy(grid);
