// Counting loops, local array indexing and mod: the forms the compiler fuses into single
// instructions must behave as the unfused code does.
var out = "";
for (var i = 0; i < 5; i++) { out += string(i); }
show_debug_message(out + " " + string(i));
out = "";
for (var i = 5; i > 0; i--) { out += string(i); }
show_debug_message(out + " " + string(i));
// continue lands on the step; break leaves without stepping
out = "";
for (var i = 0; i < 10; i++) {
    if (i mod 2 == 0) continue;
    if (i > 7) break;
    out += string(i);
}
show_debug_message(out + " " + string(i));
// a loop whose condition is false at once runs no step
for (var i = 3; i < 3; i++) { show_debug_message("never"); }
show_debug_message(i);
// an int64 counter stays an int64
for (var k = int64(0); k < 3; k++) {}
show_debug_message(typeof(k) + " " + string(k));
// fractional bounds and steps of the counter by other amounts
var n = 0;
for (var j = 0; j < 2.5; j++) { n++; }
show_debug_message(n);
for (var j = 0; j < 10; j += 3) { n++; }
show_debug_message(n);
// a[i] reads and writes with local array and index
var a = [];
for (var i = 0; i < 4; i++) { a[i] = i * 10; }
show_debug_message(a);
var s = 0;
for (var i = 0; i < 4; i++) { s += a[i]; }
show_debug_message(s);
var b;
b = 0;
var z = 2;
b[z] = 5; // a non-array local becomes an array; the gap holds 0
show_debug_message(b);
var f = 1.7;
show_debug_message(a[f]);
a[f] = -1;
show_debug_message(a);
a[6] = 60;
show_debug_message(a);
// mod on reals: the sign follows the dividend; fractions stay exact
show_debug_message(string(7 mod 3) + " " + string(-7 mod 3) + " " + string(7 mod -3));
show_debug_message(string(7.5 mod 2) + " " + string(-7.5 mod 2) + " " + string(1e15 mod 7));
var m = -6;
show_debug_message(m mod 3);
try {
    show_debug_message(m mod 0);
} catch (e) {
    show_debug_message(e.message);
}
var idx = -1;
try {
    show_debug_message(a[idx]);
} catch (e) {
    show_debug_message(e.message);
}
var big = 10;
try {
    show_debug_message(a[big]);
} catch (e) {
    show_debug_message(e.message);
}
