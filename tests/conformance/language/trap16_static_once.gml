global.runs = 0;
function f(flag) {
    if (flag) {
        static s = ++global.runs;
    }
    return s;
}
show_debug_message(f(false));
show_debug_message(f(true));
show_debug_message(f(false));
show_debug_message(global.runs);
