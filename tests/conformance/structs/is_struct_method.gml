// is_struct is true for methods (methods are structs) and false for instances; struct_exists on
// a function reference is false (manual: is_struct, struct_exists).
function scr_b() {}
show_debug_message(is_struct(function() {}));
show_debug_message(is_struct(method(undefined, scr_b)));
show_debug_message(is_struct({}));
show_debug_message(is_struct(instance_create_depth(0, 0, 0, obj_thing)));
show_debug_message(struct_exists(scr_b, "x"));
show_debug_message(struct_exists(function() {}, "x"));
show_debug_message(variable_instance_exists(noone, "x"));
game_end();

#object obj_thing
