// FX structs (manual: fx_create and the other fx_* functions): parameters are read and written
// with the functions, not as struct members; arrays are copied in and out.
var effect = fx_create("_filter_colourise");
show_debug_message(typeof(effect));
show_debug_message(fx_get_name(effect));
show_debug_message(variable_struct_get_names(effect));
show_debug_message(fx_get_parameter_names(effect));
show_debug_message(fx_get_parameter(effect, "g_Intensity"));
show_debug_message(fx_get_parameter(effect, "g_TintCol"));
var params = fx_get_parameters(effect);
show_debug_message(params.g_Intensity);
effect.g_Intensity = 0.4;
show_debug_message(fx_get_parameter(effect, "g_Intensity"));
fx_set_parameter(effect, "g_Intensity", 0.4);
show_debug_message(fx_get_parameter(effect, "g_Intensity"));
var tint = [0, 0, 0, 0.4];
fx_set_parameter(effect, "g_TintCol", tint);
tint[0] = 1;
show_debug_message(fx_get_parameter(effect, "g_TintCol"));
fx_set_parameter(effect, "g_TintCol", 1, 1, 0, 1);
show_debug_message(fx_get_parameter(effect, "g_TintCol"));
fx_set_parameters(effect, { g_Intensity: 0.75 });
show_debug_message(fx_get_parameter(effect, "g_Intensity"));
show_debug_message(fx_get_parameter(effect, "g_Missing"));
show_debug_message(fx_get_single_layer(effect));
fx_set_single_layer(effect, true);
show_debug_message(fx_get_single_layer(effect));
try {
    fx_get_name({});
} catch (e) {
    show_debug_message(e.message);
}
