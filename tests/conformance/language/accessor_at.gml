var a = [1, 2, 3];
function modify(arr) {
    arr[@ 0] = "changed";
    arr[1] = "also changed";
}
modify(a);
show_debug_message(a);
a[@ 2] = 30;
show_debug_message(a[@ 2]);
var grid = [[0, 0], [0, 0]];
grid[@ 1][@ 0] = 5;
show_debug_message(grid);
