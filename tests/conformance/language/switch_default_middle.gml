function pick(v) {
    switch (v) {
        case "a":
            show_debug_message("case a");
            break;
        default:
            show_debug_message("default");
        case "b":
            show_debug_message("case b");
            break;
        case "c":
            show_debug_message("case c");
    }
}
pick("a");
pick("b");
pick("c");
pick("z");
