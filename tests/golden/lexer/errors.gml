a = `b;
c = #12345;
d = 0b;
e = "unterminated
f = /* never closed
