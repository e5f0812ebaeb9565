// game_get_speed / game_set_speed in both units, and room_speed.
show_debug_message(game_get_speed(gamespeed_fps));
show_debug_message(game_get_speed(gamespeed_microseconds));
game_set_speed(30, gamespeed_fps);
show_debug_message(game_get_speed(gamespeed_fps));
show_debug_message(game_get_speed(gamespeed_microseconds));
show_debug_message(room_speed);
game_set_speed(20000, gamespeed_microseconds);
show_debug_message(game_get_speed(gamespeed_fps));
room_speed = 60;
show_debug_message(game_get_speed(gamespeed_fps));
