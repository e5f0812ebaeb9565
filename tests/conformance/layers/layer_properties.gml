// General layer functions (manual: layer_create, layer_depth, layer_x, layer_hspeed,
// layer_get_all): layers are kept in depth order, a layer without a name gets one, a missing
// layer reads -1 (false for visibility) and setters on it do nothing.
var a = layer_create(100, "Back");
var b = layer_create(-100, "Front");
var c = layer_create(0);
var names = [];
var list = layer_get_all();
for (var i = 0; i < array_length(list); i++) array_push(names, layer_get_name(list[i]));
show_debug_message(names[0] + " " + names[2]);
show_debug_message(string_copy(names[1], 1, 7));
show_debug_message(layer_get_id("Front") == b);
layer_depth(b, 200);
list = layer_get_all();
show_debug_message(layer_get_name(list[array_length(list) - 1]));
show_debug_message(layer_get_depth("Front"));
layer_x(a, 12.5);
layer_y("Back", -3);
layer_hspeed(a, 2);
layer_vspeed(a, -0.5);
show_debug_message([layer_get_x(a), layer_get_y(a), layer_get_hspeed(a), layer_get_vspeed(a)]);
show_debug_message(layer_get_visible(a));
layer_set_visible(a, false);
show_debug_message(layer_get_visible("Back"));
layer_destroy(c);
show_debug_message([layer_exists(c), array_length(layer_get_all())]);
show_debug_message([layer_get_x(c), layer_get_depth(c), layer_get_visible(c), layer_get_name(c)]);
layer_x(c, 5);
show_debug_message(layer_get_x(c));
layer_force_draw_depth(true, 40);
show_debug_message([layer_is_draw_depth_forced(), layer_get_forced_depth()]);
show_debug_message([layer_get_shader(a), layer_get_script_begin(a)]);
layer_script_begin(a, layer_properties_begin);
show_debug_message(layer_get_script_begin(a) == layer_properties_begin);
show_debug_message(layer_get_target_room());

function layer_properties_begin() {}
