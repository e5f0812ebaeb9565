// The input built-in variables (manual: Keyboard Input, Mouse Input): nothing is typed or
// pressed headless, so they start empty or 0; code may write them, as a name-entry box clears
// keyboard_string after reading it.
show_debug_message([keyboard_string, keyboard_lastchar, keyboard_key, keyboard_lastkey, mouse_button, mouse_lastbutton]);
keyboard_string = "player one";
keyboard_lastkey = vk_enter;
show_debug_message([keyboard_string, string_length(keyboard_string), keyboard_lastkey == vk_enter]);
keyboard_string = "";
show_debug_message(keyboard_string == "");
keyboard_string = 5;
