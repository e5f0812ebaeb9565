// functions as values: callbacks, arrays of functions, closures by binding a struct
function apply(f, v) { return f(v); }
show_debug_message(apply(function(n) { return n * 3; }, 4));
// the idiomatic closure: bind the captured values in a struct
function make_adder(k) {
    return method({k: k}, function(n) { return n + k; });
}
var add5 = make_adder(5);
var add10 = make_adder(10);
show_debug_message(add5(1));
show_debug_message(add10(1));
show_debug_message(script_execute(add5, 100));
var ops = [function(a, b) { return a + b; }, function(a, b) { return a * b; }];
var res = [];
for (var i = 0; i < 2; i++) res[i] = ops[i](3, 4);
show_debug_message(res);
var counter = {n: 0};
var inc = method(counter, function() { n++; return n; });
inc(); inc();
show_debug_message(counter.n);
