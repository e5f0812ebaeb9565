if (!variable_global_exists("enemy_num")) {
    variable_global_set("enemy_num", 0);
}
show_debug_message(variable_global_exists("enemy_num"));
show_debug_message(global.enemy_num);
global.level = 3;
show_debug_message(variable_global_get("level"));
show_debug_message(variable_global_get("not_a_global"));
variable_global_set("level", "boss");
show_debug_message(global.level);
show_debug_message(struct_get(global, "level"));
