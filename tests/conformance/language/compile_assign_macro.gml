#macro LIMIT 10
LIMIT = 5;
show_debug_message(LIMIT);
