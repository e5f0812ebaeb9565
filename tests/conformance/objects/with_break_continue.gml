// `break` leaves a `with` loop; `continue` goes to the next instance.
for (var i = 0; i < 5; i++) instance_create_depth(0, 0, 0, obj_n, { n: i });
var seen = "";
with (obj_n) {
    if (n == 1) continue;
    if (n == 3) break;
    seen += string(n);
}
show_debug_message("seen " + seen);
var count = 0;
for (var k = 0; k < 3; k++) {
    with (obj_n) {
        if (n >= 2) break;
        count += 1;
    }
}
show_debug_message("count " + string(count));
instance_destroy(obj_n);

#object obj_n
