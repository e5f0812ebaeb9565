show_debug_message([]);
show_debug_message([1, 2, 3]);
show_debug_message([1, "a", [], [2, [3]]]);
show_debug_message([1, 2, ]);
show_debug_message(array_length([1, 2, ]));
show_debug_message([0.5, -1, "t", undefined]);
var a = [
    "multi",
    "line",
];
show_debug_message(a);
show_debug_message(typeof([]));
var b = [1 + 1, string(3), [4][0]];
show_debug_message(b);
