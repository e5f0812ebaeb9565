var _hand = ["2", "2", "5", "J", "9", "Q"];
show_debug_message(array_contains_ext(_hand, ["A", "K", "Q"]));
show_debug_message(array_contains_ext(_hand, ["A", "K"]));
var _moves = ["up", "left", "up", "down"];
show_debug_message(array_contains_ext(_moves, ["up", "up"], true));
show_debug_message(array_contains_ext(_moves, ["up", "up", "up"], true));
show_debug_message(array_contains_ext(_moves, ["down", "left"], true));
show_debug_message(array_contains_ext(_moves, ["down", "left"], true, 0, 3));
