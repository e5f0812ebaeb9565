function runaway(n) {
    return runaway(n + 1) + 1;
}
try {
    runaway(0);
    show_debug_message("never");
} catch (e) {
    show_debug_message("caught runaway recursion");
    show_debug_message(is_string(e.message));
}
// the program still works afterwards
function ok(n) { return n == 0 ? "fine" : ok(n - 1); }
show_debug_message(ok(100));
