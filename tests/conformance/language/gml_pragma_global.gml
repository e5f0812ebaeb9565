// gml_pragma("global", code) runs its code at global scope before the game starts, wherever the
// call is written (here in a function nobody calls); the other pragmas do nothing
// (manual: gml_pragma).
show_debug_message("top level sees " + string(global.config));
function game_init() {
    global.config = "ready";
    show_debug_message("game_init ran");
}
function unused() {
    gml_pragma("global", "game_init();");
    gml_pragma("forceinline");
}
gml_pragma("optimise", "js_array_check", "push, off");
gml_pragma("AllowReentrantStatic", true);
show_debug_message(gml_pragma("global", "show_debug_message(\"second pragma: \" + string(self == global));"));
