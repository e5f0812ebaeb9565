var _password = "p@ss-w0rd!";
var _clean = string_lettersdigits(_password);
show_debug_message(_clean);
if (string_length(_password) > string_length(_clean))
{
    show_debug_message("Only letters and digits, please");
}
show_debug_message(string_lettersdigits("321!HeLlO WoRlD!123"));
show_debug_message("[" + string_lettersdigits("!£水🙂") + "]");
