// Calls through s.m(args): every kind of callee and argument count.
function Counter(_n) constructor {
    n = _n;
    static add = function(v) { n += v; return n; };
    static add_all = function() {
        for (var i = 0; i < argument_count; i++) n += argument[i];
        return n;
    };
    static two = function(a, b) { return string(a) + "," + string(b); };
    static countdown = function(k) { return k <= 0 ? n : countdown(k - 1); };
}
var c = new Counter(10);
show_debug_message(c.add(5));
show_debug_message(c.add_all(1, 2, 3));
show_debug_message(c.two(1));
show_debug_message(c.two(1, 2, 3));
show_debug_message(c.countdown(100));

// a method bound to another struct keeps its own self
var other_counter = new Counter(100);
c.bound = method(other_counter, function(v) { n += v; return n; });
show_debug_message(c.bound(1));
show_debug_message(c.n);

// a builtin stored in a field gets the arguments it takes
c.fmt = string_upper;
show_debug_message(c.fmt("abc"));

// self and other inside a method called on a struct
var s = { name: "s", who: function() { return name + "/" + other.name; } };
name = "global";
show_debug_message(s.who());

// a method that replaces itself during its call finishes with the old code
var r = {
    go: function() {
        go = function() { return "new"; };
        return "old";
    }
};
show_debug_message(r.go());
show_debug_message(r.go());

// recursion through a struct method, deep enough to grow the stacks
var t = { f: function(k) { return k == 0 ? 0 : 1 + f(k - 1); } };
show_debug_message(t.f(2000));
try {
    c.missing(1);
} catch (e) {
    show_debug_message(e.message);
}
try {
    c.n(1);
} catch (e) {
    show_debug_message(e.message);
}
