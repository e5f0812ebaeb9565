// Recursive fib(30): function call overhead
function fib(n) {
    if (n < 2) return n;
    return fib(n - 1) + fib(n - 2);
}
show_debug_message(fib(30));
