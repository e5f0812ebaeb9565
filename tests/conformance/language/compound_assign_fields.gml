// `name op= value` and `name = name op value` on self and on a struct in a local: numbers,
// strings, instance variables and built-ins, and the errors (the variable is read before the
// value). A static read through self is written back as the struct's own member.
function Point(_x) constructor {
    px = _x;
    label = "p";
    static made = 0;
    static move = function(dx) {
        px = px + dx;
        px += 2;
        px -= dx / 2;
        px *= 3;
        px /= 2;
        label += "!";
        var tail = "?";
        label = label + tail;
        made += 1;
    };
}
var p = new Point(4);
p.move(2);
show_debug_message(p.px);
show_debug_message(p.label);
show_debug_message(p.made);
show_debug_message(Point.made);

var s = {count: 10, name: "a"};
for (var i = 0; i < 5; i++) {
    s.count = s.count + 1;
    s.count -= 0.5;
}
s.count *= 4;
s.name += "b";
show_debug_message(s.count);
show_debug_message(s.name);

var e = {};
with (e) {
    try {
        missing += 1;
    } catch (err) {
        show_debug_message(err.message);
    }
    try {
        var unset_local;
        missing2 += unset_local;
    } catch (err) {
        show_debug_message(err.message);
    }
}
try {
    e.gone = e.gone + 1;
} catch (err) {
    show_debug_message(err.message);
}
var m = {k: 7};
try {
    m.k = m.k mod 0;
} catch (err) {
    show_debug_message(err.message);
}

instance_create_depth(10, 20, 0, obj_mover);

#object obj_mover
#event create
hp = 3;
#event step
hp -= 1;
x += 5;
y = y + 1;
var dx = 0.5;
x += dx;
show_debug_message(string(hp) + " " + string(x) + " " + string(y) + " " + string(bbox_left));
if (hp <= 0) game_end();
