// A builtin that calls back into GML (array_map, toString through string()) while values wait
// on the operand stack: the callback recurses deep enough to grow (move) the stack, and every
// waiting value and the builtin's own arguments must come through intact.
function deep(n, s) {
    var a = s + "!";
    var b = [n];
    if (n <= 0) return string_length(a);
    return deep(n - 1, a) + b[0] * 0;
}
var parts = ["x", "yy"];
var r = "pre" + string(array_map(parts, function(p) { return deep(700, p); })) + "post" + string(10 + deep(300, "q"));
show_debug_message(r);
show_debug_message(parts);

var v = { toString: function() { return "v" + string(deep(900, "")); } };
var w = [1, "two", v];
show_debug_message(string(w) + "|" + string(v) + "|" + string(w[1]));

// More arguments than the dispatch loop's inline buffer holds.
show_debug_message(string("{0}-{1}-{2}-{3}-{4}-{5}-{6}-{7}-{8}-{9}", 0, 1, 2, 3, 4, 5, "six", 7, 8, string(deep(600, ""))));

// A method called through a struct field, recursing through the same path.
var counter = {
    n: 0,
    down: function(k) {
        n += 1;
        if (k > 0) return self.down(k - 1) + 1;
        return 0;
    }
};
show_debug_message(string(counter.down(1000)) + " " + string(counter.n));
