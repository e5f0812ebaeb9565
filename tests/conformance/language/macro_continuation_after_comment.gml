// A macro continued with a backslash may have a comment after the backslash.
#macro SETUP a = 1;\ // first line
    b = a + 1;\
    c = "x//y";
SETUP
show_debug_message(string(a) + " " + string(b) + " " + c);
