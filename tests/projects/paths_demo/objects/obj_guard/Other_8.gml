ends += 1;
show_debug_message(["path ended", ends, x, y]);
if (ends == 2) game_end();
