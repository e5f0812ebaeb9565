var _ship = {hull: 100};
if (!struct_exists(_ship, "shields")) {
    _ship.shields = 0;
}
show_debug_message(struct_exists(_ship, "shields"));
show_debug_message(struct_exists(_ship, "hull"));
show_debug_message(struct_exists(_ship, "engines"));
show_debug_message(variable_struct_exists(_ship, "hull"));
show_debug_message(struct_exists({}, "hull"));
