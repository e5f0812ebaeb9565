var s = "no end
x = 1;
function f() {
	if (x) {
		y = 2;
