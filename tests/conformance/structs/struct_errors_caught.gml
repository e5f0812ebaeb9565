var _targets = [undefined, "text", [1], 5];
for (var i = 0; i < array_length(_targets); i++) {
    try {
        struct_set(_targets[i], "a", 1);
        show_debug_message("no error");
    } catch (_e) {
        show_debug_message("error");
    }
}
