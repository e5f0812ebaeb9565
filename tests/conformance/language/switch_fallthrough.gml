function describe(n) {
    var out = "";
    switch (n) {
        case 1:
            out += "one ";
        case 2:
            out += "two ";
            break;
        case 3:
        case 4:
            out += "three-or-four ";
            break;
        default:
            out += "other ";
    }
    return out;
}
show_debug_message(describe(1));
show_debug_message(describe(2));
show_debug_message(describe(3));
show_debug_message(describe(4));
show_debug_message(describe(9));
switch (5) { }
switch (5) { case 1: show_debug_message("no"); }
show_debug_message("done");
