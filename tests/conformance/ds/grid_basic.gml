// ds_grid_create, width/height, set/get and the # accessor, add, multiply, clear.
var grid = ds_grid_create(5, 3);
show_debug_message(string(ds_grid_width(grid)) + "x" + string(ds_grid_height(grid)));
show_debug_message(grid[# 4, 2]);
ds_grid_set(grid, 1, 2, 100);
grid[# 4, 0] = "Hello";
show_debug_message(ds_grid_get(grid, 1, 2));
show_debug_message(grid[# 4, 0]);
ds_grid_add(grid, 1, 2, 6);
ds_grid_multiply(grid, 1, 2, 2);
show_debug_message(grid[# 1, 2]);
// strings add by joining
ds_grid_add(grid, 4, 0, " World");
show_debug_message(grid[# 4, 0]);
// fractional coordinates are floored
show_debug_message(grid[# 1.7, 2.2]);
var count = 0;
for (var i = 0; i < ds_grid_width(grid); ++i)
{
    for (var j = 0; j < ds_grid_height(grid); ++j)
    {
        if (ds_grid_get(grid, i, j) == 0) count++;
    }
}
show_debug_message(count);
ds_grid_clear(grid, -1);
show_debug_message(string(grid[# 0, 0]) + " " + string(grid[# 4, 2]));
ds_grid_destroy(grid);
show_debug_message(ds_exists(grid, ds_type_grid) ? "exists" : "destroyed");
