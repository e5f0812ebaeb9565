// Fill and sum a 1e6-element array
var n = 1000000;
var a = array_create(n);
for (var i = 0; i < n; i++) {
    a[i] = i * 2;
}
var sum = 0;
for (var j = 0; j < n; j++) {
    sum += a[j];
}
show_debug_message(sum);
