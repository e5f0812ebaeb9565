var _inst = instance_create_depth(10, 20, 0, obj_ship);
struct_set(_inst, "shields", 3);
show_debug_message(struct_get(_inst, "hull"));
show_debug_message(struct_get(_inst, "shields"));
show_debug_message(struct_exists(_inst, "hull"));
show_debug_message(variable_struct_get(_inst, "x"));
var _names = struct_get_names(_inst);
array_sort(_names, true);
show_debug_message(_names);
show_debug_message(struct_names_count(_inst));
struct_remove(_inst, "hull");
show_debug_message(struct_exists(_inst, "hull"));
with (_inst) {
    show_debug_message(struct_get(self, "shields"));
}
game_end();

#object obj_ship
#event create
hull = 100;
