function f(a, b {
    return a + b;
}
else { x = 1; }
case 3: y = 2;
z = [1, 2;
w = {a: 1 b: 2};
v = f(1 2);
if (a) { b = 1;
