var _scores = [];
array_push(_scores, 10);
array_push(_scores, 20, 30, 40);
show_debug_message(_scores);
var _last = array_pop(_scores);
show_debug_message("Last Score = " + string(_last));
show_debug_message(_scores);
var _empty = [];
show_debug_message(array_pop(_empty));
