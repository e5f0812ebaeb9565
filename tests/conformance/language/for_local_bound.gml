// Counting loops whose bound is another local: the bound is read on every test, so changing it
// in the body changes the number of iterations; continue still steps; down-counting works.
var n = 5;
var seen = "";
for (var i = 0; i < n; i++) {
    seen += string(i);
    if (i == 1) n = 3;
}
show_debug_message(seen);
var lo = 0;
var out = [];
for (var j = 4; j >= lo; j--) {
    if (j == 2) continue;
    array_push(out, j);
}
show_debug_message(out);
// The counter compared with itself and a bound that is not a number.
var k = 0;
var count = 0;
for (k = 0; k <= k; k++) {
    count++;
    if (count == 3) break;
}
show_debug_message(count);
var m = 0;
var w = "";
while (m < n) {
    w += "w";
    m++;
}
show_debug_message(w);
var big = int64(2);
var steps = 0;
for (var b = int64(0); b < big; b++) steps++;
show_debug_message(steps);
function f() {
    var limit;
    for (var z = 0; z < limit; z++) {}
}
f();
