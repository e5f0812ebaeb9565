// continue inside a switch continues the enclosing loop; break only leaves the switch
var out = "";
for (var i = 0; i < 5; i++) {
    switch (i) {
        case 1:
            continue;
        case 3:
            break;
        default:
            out += "d";
    }
    out += string(i);
}
show_debug_message(out);
var k = 0, seen = "";
while (k < 4) {
    k++;
    switch (k mod 2) {
        case 0: continue;
    }
    seen += string(k);
}
show_debug_message(seen);
