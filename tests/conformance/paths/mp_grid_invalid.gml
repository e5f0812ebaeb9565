// A grid function given a grid that does not exist is an error naming the function
// (mp_grid_get_cell and mp_grid_path only answer -1 and false).
var g = mp_grid_create(0, 0, 2, 2, 16, 16);
mp_grid_destroy(g);
show_debug_message([mp_grid_get_cell(g, 0, 0), mp_grid_path(g, path_add(), 0, 0, 20, 20, true)]);
mp_grid_add_cell(g, 0, 0);
