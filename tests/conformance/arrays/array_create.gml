var _filled = array_create(4, "slot");
show_debug_message(_filled);
var _zeros = array_create(3);
show_debug_message(_zeros);
show_debug_message(array_create(0));
var _grid = array_create(2);
for (var i = 0; i < 2; i++) {
    _grid[i] = array_create(3, i + 1);
}
show_debug_message(_grid);
var _shared = array_create(2, [0, 0]);
_shared[0][1] = 7;
show_debug_message(_shared);
show_debug_message(array_create(-1));
show_debug_message(array_length(array_create(2.9)));
