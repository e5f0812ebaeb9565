function fib(n) {
    if (n < 2) return n;
    return fib(n - 1) + fib(n - 2);
}
show_debug_message(fib(20));
function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }
show_debug_message(fact(10));
function is_even(n) { return n == 0 ? true : is_odd(n - 1); }
function is_odd(n) { return n == 0 ? false : is_even(n - 1); }
show_debug_message(is_even(10));
show_debug_message(is_odd(7));
var memo = function(n) {
    if (n <= 1) return 1;
    return n + memo_helper(n - 1);
};
function memo_helper(n) { return n <= 1 ? 1 : n + memo_helper(n - 1); }
show_debug_message(memo(100));
function depth(n) { return n == 0 ? 0 : 1 + depth(n - 1); }
show_debug_message(depth(1000));
