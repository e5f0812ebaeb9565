var _ship = {shields: 10};
if (struct_exists(_ship, "shields")) {
    struct_remove(_ship, "shields");
}
show_debug_message(struct_exists(_ship, "shields"));
show_debug_message(_ship);
struct_remove(_ship, "never_there");
_ship.hull = 5;
variable_struct_remove(_ship, "hull");
show_debug_message(struct_names_count(_ship));
