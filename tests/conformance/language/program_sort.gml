// a small program: insertion sort and binary search over an array, with a comparator method
function sort_array(arr, n, less) {
    for (var i = 1; i < n; i++) {
        var key = arr[i];
        var j = i - 1;
        while (j >= 0 && less(key, arr[j])) {
            arr[j + 1] = arr[j];
            j--;
        }
        arr[j + 1] = key;
    }
}
function bsearch(arr, n, v) {
    var lo = 0, hi = n - 1;
    while (lo <= hi) {
        var mid = (lo + hi) div 2;
        if (arr[mid] == v) return mid;
        if (arr[mid] < v) lo = mid + 1; else hi = mid - 1;
    }
    return -1;
}
var data = [5, 3, 9, 1, 7, 2, 8];
sort_array(data, 7, function(a, b) { return a < b; });
show_debug_message(data);
show_debug_message(bsearch(data, 7, 7));
show_debug_message(bsearch(data, 7, 4));
var words = ["pear", "apple", "fig"];
sort_array(words, 3, function(a, b) { return a < b; });
show_debug_message(words);
sort_array(data, 7, function(a, b) { return a > b; });
show_debug_message(data);
