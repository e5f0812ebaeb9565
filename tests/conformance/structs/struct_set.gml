var _ship = {};
if (!struct_exists(_ship, "shields")) {
    struct_set(_ship, "shields", 0);
}
show_debug_message(_ship);
struct_set(_ship, "shields", 2.5);
show_debug_message(_ship.shields);
variable_struct_set(_ship, "name", "Nostromo");
show_debug_message(_ship.name);
struct_set(_ship, "odd key!", [1, 2]);
show_debug_message(struct_get(_ship, "odd key!"));
