global.score_value = 10;
show_debug_message(global.score_value);
function read_global() { return global.score_value * 2; }
show_debug_message(read_global());
// top-level code runs with self = global, so bare assignments create globals
top_var = "made at top level";
show_debug_message(global.top_var);
function read_top() { return global.top_var; }
show_debug_message(read_top());
show_debug_message(typeof(global));
show_debug_message(variable_struct_exists(global, "score_value"));
global.arr = [1, 2];
global.arr[1] = 5;
show_debug_message(global.arr);
with (global) { show_debug_message(score_value); }
