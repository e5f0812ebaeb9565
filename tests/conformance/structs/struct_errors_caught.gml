// struct_set on something that is not a struct is a runtime error (catchable)
try {
    struct_set(undefined, "a", 1);
    show_debug_message("no error");
} catch (_e) {
    show_debug_message("error");
}
try {
    struct_set("text", "a", 1);
    show_debug_message("no error");
} catch (_e) {
    show_debug_message("error");
}
try {
    struct_set([1], "a", 1);
    show_debug_message("no error");
} catch (_e) {
    show_debug_message("error");
}
try {
    struct_set(5, "a", 1);
    show_debug_message("no error");
} catch (_e) {
    show_debug_message("error");
}
