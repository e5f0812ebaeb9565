var s = "";
for (var i = 0; i < 10; i++) {
    if (i == 2) continue;
    if (i == 5) break;
    s += string(i);
}
show_debug_message(s);
s = "";
var j = 0;
while (j < 6) {
    j++;
    if (j mod 2 == 0) continue;
    s += string(j);
}
show_debug_message(s);
s = "";
for (var a = 0; a < 3; a++) {
    for (var b = 0; b < 3; b++) {
        if (b == 1) break;
        s += string(a) + string(b) + " ";
    }
}
show_debug_message(s);
var n = 0;
repeat (10) {
    n++;
    if (n < 3) continue;
    break;
}
show_debug_message(n);
