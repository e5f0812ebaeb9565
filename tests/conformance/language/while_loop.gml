var i = 0, total = 0;
while (i < 5) {
    total += i;
    i++;
}
show_debug_message(total);
var n = 0;
while (true) {
    n++;
    if (n >= 3) break;
}
show_debug_message(n);
while (false) { show_debug_message("never"); }
var k = 10;
while (k > 0) k -= 3;
show_debug_message(k);
