var _user = "MacSw33ny";
show_debug_message(string_letters(_user));
show_debug_message(string_letters("321!HeLlO WoRlD!123"));
show_debug_message("[" + string_letters("!£水🙂 éü 42") + "]");
show_debug_message("[" + string_letters(1234) + "]");
