function classify(n) {
    if (n < 0) {
        return "negative";
    } else if (n == 0) {
        return "zero";
    } else if (n < 10) {
        return "small";
    } else {
        return "large";
    }
}
show_debug_message(classify(-5));
show_debug_message(classify(0));
show_debug_message(classify(5));
show_debug_message(classify(50));
if (true) show_debug_message("single statement");
if (false) show_debug_message("no"); else show_debug_message("else branch");
// dangling else binds to the nearest if
if (true) if (false) show_debug_message("a"); else show_debug_message("inner else");
if (0.5) show_debug_message("0.5 is true"); else show_debug_message("0.5 is false");
if (0.51) show_debug_message("0.51 is true");
if (-1) show_debug_message("no") else show_debug_message("-1 is false");
