// 1e6 method calls on a constructed struct
function Counter() constructor {
    n = 0;
    static add = function(v) {
        n += v;
    };
}
var c = new Counter();
for (var i = 0; i < 1000000; i++) {
    c.add(2);
}
show_debug_message(c.n);
