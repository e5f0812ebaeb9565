// A struct used as a dictionary: 200k inserts and 200k lookups of string keys
var m = {};
for (var i = 0; i < 200000; i++) {
    m[$ "k" + string(i)] = i;
}
var sum = 0;
for (var j = 0; j < 200000; j++) {
    sum += m[$ "k" + string(j)];
}
show_debug_message(sum);
