// An illegal unit type is an error that stops the game.
show_debug_message("before");
time_source_create(time_source_game, 1, 7, function() {});
