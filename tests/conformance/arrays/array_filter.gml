function passed(_score, _i) { return _score >= 50; }
var _scores = [0, 15, 4, 78, 96, 65, 49];
show_debug_message(array_filter(_scores, passed));
show_debug_message(_scores);
show_debug_message(array_filter(_scores, passed, -1, -infinity));
show_debug_message(array_filter(_scores, passed, 0, 3));
