function none() { }
function early(n) {
    if (n > 0) return "positive";
    return "not positive";
}
function bare() { return; }
function arr() { return [1, 2]; }
show_debug_message(none());
show_debug_message(early(1));
show_debug_message(early(-1));
show_debug_message(bare());
show_debug_message(arr());
function loop_return() {
    for (var i = 0; i < 10; i++) {
        if (i == 4) return i * 10;
    }
    return -1;
}
show_debug_message(loop_return());
function nested_return() {
    var r = [1, 2, 3];
    for (var i = 0; i < 3; i++) {
        switch (r[i]) {
            case 2: return "found two";
        }
    }
}
show_debug_message(nested_return());
