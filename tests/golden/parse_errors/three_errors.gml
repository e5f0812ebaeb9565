var a = ;
b = 1;
c = (2 + ;
d = 2;
if (e) { f = 1 +; }
g = 3;
