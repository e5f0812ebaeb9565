var _conf = {w: 640, h: 480, title: "game"};
var _num = struct_names_count(_conf);
show_debug_message("Struct Variables = " + string(_num));
_conf.depth = 16;
show_debug_message(variable_struct_names_count(_conf));
show_debug_message(struct_names_count({}));
