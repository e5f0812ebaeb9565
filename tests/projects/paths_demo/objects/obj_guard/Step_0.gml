show_debug_message([x, y]);
