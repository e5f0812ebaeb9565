// Motion planning grids (manual: Motion Planning): cells are free (0) or forbidden (-1), and
// mp_grid_path finds GameMaker's shortest way: a breadth-first search looking left, right, up,
// down, then (with diagonals) down-left, up-left, down-right, up-right, a diagonal step needing
// both cells beside it free; the path runs through the cells' centres from the exact start to
// the exact goal. The grid here is 5 x 4 cells of 10 pixels.
function points(p) {
    var a = [];
    for (var i = 0; i < path_get_number(p); i++) {
        array_push(a, path_get_point_x(p, i), path_get_point_y(p, i));
    }
    return a;
}
var g = mp_grid_create(0, 0, 5, 4, 10, 10);
show_debug_message([g, mp_grid_get_cell(g, 0, 0), mp_grid_get_cell(g, 5, 0), mp_grid_get_cell(g, -1, 2)]);
// A wall in column 2, rows 0 to 2: the rectangle's corners are room positions.
mp_grid_add_rectangle(g, 29, 29, 20, 0);
show_debug_message([mp_grid_get_cell(g, 2, 0), mp_grid_get_cell(g, 2, 2), mp_grid_get_cell(g, 2, 3), mp_grid_get_cell(g, 1, 0)]);
var p = path_add();
// Without diagonals: down the first column (left comes first on the way back), along the
// bottom row, up column 3.
show_debug_message([mp_grid_path(g, p, 5, 5, 45, 5, false), path_get_kind(p), path_get_closed(p)]);
show_debug_message([path_get_length(p), points(p)]);
// With diagonals: cutting the corners where both neighbours are open.
show_debug_message([mp_grid_path(g, p, 5, 5, 45, 5, true), points(p)]);
// The exact start and goal are kept; the cells between give their centres.
show_debug_message([mp_grid_path(g, p, 1, 38, 12, 39, false), points(p)]);
// No way: the path is left as it was. Nor from a forbidden cell, nor from outside the grid.
mp_grid_add_cell(g, 2, 3);
show_debug_message([mp_grid_path(g, p, 5, 5, 45, 5, true), mp_grid_path(g, p, 25, 5, 5, 5, false), mp_grid_path(g, p, -1, 5, 5, 5, false), path_get_number(p)]);
// Clearing a cell or a rectangle opens the way again.
mp_grid_clear_cell(g, 2, 3);
mp_grid_clear_rectangle(g, 20, 0, 20, 0);
show_debug_message([mp_grid_get_cell(g, 2, 3), mp_grid_get_cell(g, 2, 0), mp_grid_path(g, p, 5, 5, 45, 5, false), points(p)]);
// A copy into a ds_grid of the same size.
var d = ds_grid_create(5, 4);
mp_grid_to_ds_grid(g, d);
show_debug_message([ds_grid_get(d, 2, 1), ds_grid_get(d, 2, 0), ds_grid_get_sum(d, 0, 0, 4, 3)]);
mp_grid_clear_all(g);
show_debug_message([mp_grid_get_cell(g, 2, 1), mp_grid_path(g, p, 5, 5, 45, 5, false), points(p)]);
mp_grid_destroy(g);
show_debug_message([mp_grid_get_cell(g, 0, 0), mp_grid_path(g, p, 5, 5, 45, 5, false)]);
