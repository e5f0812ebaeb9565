// Headless dialogs: show_message prints its text; nobody answers, so show_question is false and
// get_string/get_integer return their defaults (README: Dialogs without a screen).
show_message("Total = " + string(42));
show_debug_message(show_question("Continue to next room?"));
show_debug_message(get_string("Test highscore name:", "Anonymous"));
show_debug_message(get_integer("Level to test?", 3));
show_message(12.5);
