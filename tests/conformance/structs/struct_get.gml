var _ship = {shields: 25};
var _ss;
if (struct_exists(_ship, "shields")) {
    _ss = struct_get(_ship, "shields");
} else {
    _ss = -1;
}
show_debug_message(_ss);
show_debug_message(struct_get(_ship, "missing"));
show_debug_message(variable_struct_get(_ship, "shields"));
var _key = "shi" + "elds";
show_debug_message(struct_get(_ship, _key) == _ship[$ _key]);
