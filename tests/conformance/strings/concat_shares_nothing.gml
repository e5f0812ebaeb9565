// Concatenation makes a new string: neither operand changes, whether it is a local, a constant,
// a struct member, an array element or a temporary.
var k = "k";
var a = k + string(5);
var b = string(6) + k;
var c = string(7) + string(8) + k + "!";
show_debug_message([k, a, b, c]);
var s = { name: "n" };
var arr = ["x"];
var d = s.name + arr[0];
var e = arr[0] + s.name + arr[0];
show_debug_message([s.name, arr[0], d, e]);
var parts = [];
for (var i = 0; i < 3; i++) {
    var key = "key" + string(i);
    parts[i] = key;
    key = key + "?";
}
show_debug_message(parts);
show_debug_message(string(-12) + string(0) + string(1e15) + " " + string(2.5));
