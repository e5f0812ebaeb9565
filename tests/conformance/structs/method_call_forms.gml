// s.m(args): methods found on the struct, through its statics, bound elsewhere, natives, and
// the errors for a missing or non-callable member.
function Counter(_n) constructor {
    n = _n;
    static add = function(v) { n += v; return self; };
}
var c = new Counter(1);
c.add(2).add(3);
show_debug_message(c.n);
var other_struct = { n: 100 };
other_struct.bump = method(c, function() { n += 10; });
other_struct.bump();
show_debug_message(string(c.n) + " " + string(other_struct.n));
var lit = { n: 7, own: function() { return n; } };
show_debug_message(lit.own());
other_struct.len = string_length;
show_debug_message(other_struct.len("abcd"));
other_struct.make = Counter;
try {
    other_struct.make(1);
} catch (e) {
    show_debug_message(e.message);
}
try {
    other_struct.missing(1);
} catch (e) {
    show_debug_message(e.message);
}
other_struct.num = 5;
try {
    other_struct.num(1);
} catch (e) {
    show_debug_message(e.message);
}
