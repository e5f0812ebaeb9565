for (var i = 0; i < 3; i++) {
    show_debug_message(i);
}
var s = "";
for (var j = 10; j > 0; j -= 4) s += string(j) + " ";
show_debug_message(s);
var k = 0;
for (; k < 2; ) { k++; }
show_debug_message(k);
var count = 0;
for (;;) {
    count++;
    if (count == 5) break;
}
show_debug_message(count);
for (var a = 0, b = 10; a < b; a += 3) { }
show_debug_message(a);
var sum = 0;
for (var x1 = 0; x1 < 3; x1++) for (var y1 = 0; y1 < 3; y1++) sum += x1 * y1;
show_debug_message(sum);
