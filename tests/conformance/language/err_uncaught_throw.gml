show_debug_message("about to throw");
throw "custom failure";
