var n = 0;
repeat (4) n++;
show_debug_message(n);
var times = 3;
repeat (times) {
    times = 100; // evaluated once
    n++;
}
show_debug_message(n);
repeat (0) show_debug_message("never");
repeat (-2) show_debug_message("never");
var c = 0;
repeat (2.7) c++;
show_debug_message(c);
var r = 0;
repeat (10) {
    r++;
    if (r == 3) break;
}
show_debug_message(r);
