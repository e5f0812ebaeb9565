// 200k iterations of struct field reads and writes
var s = {a: 0, b: 0, c: 0};
for (var i = 0; i < 200000; i++) {
    s.a = s.a + 1;
    s.b = s.a + s.c;
    s.c = s.b - i;
}
show_debug_message(s.a + s.b + s.c);
