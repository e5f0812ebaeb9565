show_debug_message("never runs");
break;
