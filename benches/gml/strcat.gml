// Build a 1 MB string by 100,000 appends of 10 characters
var s = "";
for (var i = 0; i < 100000; i++) {
    s += "abcdefghij";
}
show_debug_message(string_length(s));
