// continue in for runs the increment; in do/until it checks the condition
var s = "";
for (var i = 0; i < 5; i++) { if (i mod 2 == 0) continue; s += string(i); }
show_debug_message(s);
var k = 0, hits = 0;
do { k++; if (k < 3) continue; hits++; } until (k >= 5);
show_debug_message(hits);
var out = "";
for (var a = 0; a < 3; a++) {
    for (var b = 0; b < 3; b++) {
        if (b == a) continue;
        out += string(a) + string(b) + ",";
    }
}
show_debug_message(out);
