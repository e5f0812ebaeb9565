var s = {a: 1};
show_debug_message(s[$ "nope"]);
show_debug_message(variable_struct_get(s, "nope"));
try {
    show_debug_message(s.nope);
} catch (e) {
    show_debug_message("dot read of a missing member is an error");
}
