var _rps = ["rock", "paper", "scissors", "rock", "rock", "scissors", "paper"];
show_debug_message(array_unique(_rps));
show_debug_message(array_unique([3, 1, 3, 2, 1]));
show_debug_message(array_unique([3, 1, 3, 2, 1], -1, -infinity));
