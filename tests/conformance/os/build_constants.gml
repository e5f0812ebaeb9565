// The build constants and variables (manual: GM_build_type, GM_version, GM_runtime_version,
// GM_build_date, debug_mode, game_project_name, gml_release_mode, code_is_compiled).
show_debug_message(GM_build_type);
show_debug_message(typeof(GM_version));
show_debug_message(typeof(GM_runtime_version));
show_debug_message(string_count(".", GM_runtime_version));
show_debug_message(typeof(GM_build_date));
// built "now": within a day of the current date
show_debug_message(abs(date_current_datetime() - GM_build_date) < 1);
show_debug_message(debug_mode);
show_debug_message(game_project_name);
show_debug_message(game_display_name);
show_debug_message(filename_name(GM_project_filename));
show_debug_message(gml_release_mode(true));
show_debug_message(code_is_compiled());
show_debug_message(GM_is_sandboxed);
