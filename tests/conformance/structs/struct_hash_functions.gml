var _p1 = {x: 5, y: 10};
var _p2 = {x: 5, y: 10, z: 100};
var _hz = variable_get_hash("z");
show_debug_message($"_p1 has a z: {struct_exists_from_hash(_p1, _hz)}");
show_debug_message($"_p2 has a z: {struct_exists_from_hash(_p2, _hz)}");
show_debug_message(struct_get_from_hash(_p2, _hz));
show_debug_message(struct_get_from_hash(_p1, _hz));
var _hx = variable_get_hash("x");
show_debug_message(_hx == variable_get_hash("x"));
show_debug_message(_hx == _hz);
struct_set_from_hash(_p1, _hx, 42);
show_debug_message(_p1.x);
struct_set_from_hash(_p1, _hz, -1);
show_debug_message(_p1.z);
struct_remove_from_hash(_p2, _hz);
show_debug_message(struct_exists(_p2, "z"));
var _party = [{hp: 100, mp: 50}, {hp: 80, mp: 20}];
var _hmp = variable_get_hash("mp");
for (var i = 0; i < array_length(_party); i++) {
    struct_remove_from_hash(_party[i], _hmp);
}
show_debug_message(_party);
