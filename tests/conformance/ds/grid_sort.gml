// ds_grid_sort reorders whole rows by one column.
var grid = ds_grid_create(3, 5);
var names = ["eve", "bob", "dan", "amy", "cat"];
var ages = [31, 25, 40, 19, 27];
for (var i = 0; i < 5; i++)
{
    grid[# 0, i] = names[i];
    grid[# 1, i] = ages[i];
    grid[# 2, i] = i;
}
ds_grid_sort(grid, 1, true);
var s = "";
for (var i = 0; i < 5; i++) s += grid[# 0, i] + " ";
show_debug_message(s);
ds_grid_sort(grid, 0, false);
s = "";
for (var i = 0; i < 5; i++) s += grid[# 0, i] + ":" + string(grid[# 1, i]) + " ";
show_debug_message(s);
ds_grid_destroy(grid);
