// nameof gives the name as written, at compile time: a macro's name (not its value), global and
// enum paths, and the name of a called function
#macro LIMIT 21.37
	#macro TABBED "test" // indented directive
enum Fruit { Apple, Pear }
global.score_limit = 10;
var _a = 77, _b = 66;
show_debug_message(nameof(LIMIT));
show_debug_message(nameof(TABBED));
show_debug_message(nameof(Fruit.Pear));
show_debug_message(nameof(global.score_limit));
show_debug_message(nameof(_a) + " " + nameof(_b));
show_debug_message(nameof(pi));
show_debug_message(nameof(ds_list_create()));
show_debug_message($"{nameof(LIMIT)} is {LIMIT}");
show_debug_message(nameof(obj_player));
#object obj_player
