// A 10-million-step numeric loop
var sum = 0;
for (var i = 0; i < 10000000; i++) {
    sum += i mod 7;
}
show_debug_message(sum);
