var a, b = 2, c = b * 3;
a = 1;
show_debug_message(a + b + c);
var x1 = 1, y1 = 2
var z1 = x1 + y1;
show_debug_message(z1);
var s = "str", n = 4, arr = [1, 2];
show_debug_message(s + string(n) + string(arr));
// redeclaring is allowed and keeps the new value
var a = 10;
show_debug_message(a);
// a local shadows a global of the same name
hp = 100;
function show_shadow() {
    var hp = 5;
    show_debug_message(hp);
    show_debug_message(global.hp);
}
show_shadow();
