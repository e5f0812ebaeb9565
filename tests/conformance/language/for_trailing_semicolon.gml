// A `;` after the step of a `for` header is accepted
for (var i = 0; i < 3; i++;) show_debug_message(i);
for (var j = 10; j > 8; j -= 1;) {
    show_debug_message(j);
}
var k = 0;
for (;;) {
    k++;
    if (k > 2) break;
}
show_debug_message(k);
