// Extension functions and constants, used by a script that runs after the extension's init.
show_debug_message("ready: " + string(global.ext_tools_ready));
show_debug_message("ext_add: " + string(ext_add(2, 5)) + ", seven: " + string(EXT_TOOLS_SEVEN));
show_debug_message("ext_join: " + ext_join("a", 1, true) + ", name: " + EXT_TOOLS_NAME);
show_debug_message("steam_stat_int: " + string(steam_stat_int));

// A GML fallback for a native function: GML that defines it wins.
function steam_is_online() {
    return false;
}
show_debug_message("online: " + string(steam_is_online()));

try {
    steam_stat_set("wins", 3);
} catch (e) {
    show_debug_message("caught: " + e.message);
}
