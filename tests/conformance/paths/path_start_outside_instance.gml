// path_start and path_end move the calling instance: code outside any instance is an error.
var p = path_add();
show_debug_message("before");
path_start(p, 1, path_action_stop, true);
