// A layer's effect (manual: layer_set_fx, layer_enable_fx): the FX struct set on a layer is the
// one layer_get_fx gives back, -1 before one is set and after layer_clear_fx; effects start
// enabled.
var lay = layer_create(10, "Effects");
show_debug_message([layer_get_fx(lay), layer_fx_is_enabled(lay)]);
var fx = fx_create("_filter_colourise");
layer_set_fx(lay, fx);
show_debug_message([layer_get_fx(lay) == fx, fx_get_name(layer_get_fx(lay))]);
layer_enable_fx("Effects", false);
show_debug_message(layer_fx_is_enabled(lay));
layer_clear_fx(lay);
show_debug_message(layer_get_fx(lay));
show_debug_message([layer_get_fx("NoSuchLayer"), layer_fx_is_enabled("NoSuchLayer")]);
