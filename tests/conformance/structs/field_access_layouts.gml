// One field read or write in a loop sees structs of different layouts, fields removed and
// re-added, statics and instances: each access finds the right member every time.
function get_x(s) { return s.x; }
function set_x(s, v) { s.x = v; }
function Base() constructor { static x = "static x"; }
var shapes = [
    { x: 1 },
    { a: 0, x: 2 },
    { a: 0, b: 0, c: 0, x: 3 },
    { x: 4, a: 0 },
    new Base(),
];
for (var r = 0; r < 2; r++) {
    for (var i = 0; i < array_length(shapes); i++) {
        show_debug_message(get_x(shapes[i]));
    }
}
// Writes: existing member, new member, then reads through the same sites.
var p = { a: 1, x: 10 };
var q = { x: 20 };
for (var i = 0; i < 3; i++) {
    set_x(p, p.x + 1);
    set_x(q, q.x + 1);
}
show_debug_message(string(p.x) + " " + string(q.x));
// A write on a constructed struct makes an own member in front of the static one.
var b = new Base();
set_x(b, "own x");
show_debug_message(get_x(b) + " / " + get_x(shapes[4]));
// Removing a member moves the ones after it; the next read still finds them.
var s = { a: 1, b: 2, c: 3 };
for (var i = 0; i < 3; i++) {
    show_debug_message(s.c);
    if (i == 0) struct_remove(s, "a");
    if (i == 1) { variable_struct_remove(s, "b"); s.a = 5; }
}
show_debug_message(string(s.a) + " " + string(s.c) + " " + string(struct_names_count(s)));
// Local scope written through: compound and plain, reading other locals' fields.
var t = { n: 1 };
var u = { m: 10 };
for (var i = 0; i < 4; i++) {
    t.n += u.m;
    u.m = t.n - i;
}
show_debug_message(string(t.n) + " " + string(u.m));
// The global struct.
global.g = 1;
for (var i = 0; i < 3; i++) global.g = global.g * 2;
show_debug_message(global.g);
