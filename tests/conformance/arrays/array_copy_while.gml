var _tokens = ["1", "2", "3", "STOP", "4", "5", "STOP", "6", "7"];
var _not_stop = function(_el, _i) { return _el != "STOP"; };
show_debug_message(array_copy_while(_tokens, _not_stop));
show_debug_message(array_copy_while(_tokens, _not_stop, -1, -infinity));
show_debug_message(array_copy_while(_tokens, _not_stop, 3));
