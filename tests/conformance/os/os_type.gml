// os_type is a read-only variable holding one of the os_* constants (the build's platform: Linux
// here); os_browser is browser_not_a_browser outside a browser (manual: os_type, os_browser).
show_debug_message(os_type == os_linux);
show_debug_message(os_linux);
show_debug_message(os_windows);
show_debug_message(os_macosx);
show_debug_message(os_unknown);
switch (os_type) {
    case os_windows: show_debug_message("windows"); break;
    case os_linux: show_debug_message("linux"); break;
    default: show_debug_message("other");
}
show_debug_message(os_browser == browser_not_a_browser);
show_debug_message(browser_not_a_browser);
show_debug_message(typeof(os_version));
show_debug_message(os_version > 0);
var _lang = os_get_language();
show_debug_message(is_string(_lang) && (string_length(_lang) == 2 || string_length(_lang) == 3));
show_debug_message(is_string(os_get_region()));
var _info = os_get_info();
show_debug_message(ds_exists(_info, ds_type_map));
show_debug_message(_info[? "is64bit"]);
ds_map_destroy(_info);
