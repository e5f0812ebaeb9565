steps += 1;
if (steps <= 2) show_debug_message("begin step " + string(steps));
