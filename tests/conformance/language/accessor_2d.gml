var grid = [[1, 2], [3, 4]];
show_debug_message(grid[1][0]);
grid[0][1] = 20;
show_debug_message(grid);
// legacy 2D syntax means a[i][j]
show_debug_message(grid[1, 1]);
grid[1, 0] = 30;
show_debug_message(grid[1][0]);
// writing through [i][j] creates the inner arrays
var m = [];
m[2][1] = "x";
show_debug_message(m);
show_debug_message(array_length(m[2]));
var legacy;
legacy[1, 2] = 5;
show_debug_message(legacy);
var ragged = [[1], [1, 2, 3]];
show_debug_message(array_length(ragged[0]) + array_length(ragged[1]));
