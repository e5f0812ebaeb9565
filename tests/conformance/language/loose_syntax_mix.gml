// a mix of loose syntax seen in real projects: no semicolons, conditions without parentheses
var a = -1, b = +2;
show_debug_message(a + b);
var c = a == -1;
show_debug_message(c);
var d = !c;
show_debug_message(d);
function V(_n) constructor { n = _n; static m = function() { return n * 2; }; }
show_debug_message((new V(4)).m());
var e = 2;
e = e == 2 ? "two" : "other";
show_debug_message(e);
var f = [1,2,3]
f[0] = f[1] + f[2]
show_debug_message(f)
var g = {
    inner: function(x1) {
        return x1 + 1;
    }
}
show_debug_message(g.inner(1))
var h = 1; var i = 2
if h < i { show_debug_message("lt") } else { show_debug_message("ge") }
while h < 3 { h++ }
show_debug_message(h)
