// A macro whose body is a parenthesised ternary can be a branch of another ternary
#macro SMALL (0 ? 10 : 20)
#macro PICK (1 ? SMALL : 30)
show_debug_message(1 ? SMALL : 5);
show_debug_message(0 ? 5 : PICK);
show_debug_message(true ? (false ? 1 : 2) : 3);
